// require('stream/promises'): pipeline() and finished() returning promises.
'use strict';

var pipelineMod = require('internal/streams/pipeline');
var eos = require('internal/streams/end-of-stream');
var u = require('internal/streams/utils');

// pipeline(...streams[, options]): the last argument is options when it is
// a plain object that is not a stream ({ end }).
function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  return new Promise(function (resolve, reject) {
    var opts = null;
    var last = streams[streams.length - 1];
    if (last && typeof last === 'object' && !u.isNodeStream(last) && !u.isIterable(last)) {
      opts = streams.pop();
    }
    if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
    pipelineMod.pipelineImpl(streams, function (err, value) {
      if (err) reject(err);
      else resolve(value);
    }, opts);
  });
}

exports.pipeline = pipeline;
exports.finished = eos.finished;
