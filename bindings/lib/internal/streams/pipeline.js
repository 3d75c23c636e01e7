// pipeline(source, ...transforms, destination, callback): pipes the streams
// in order, destroys all of them on the first error, and calls back once
// with that error (or none) after everything finished. The source may also
// be an iterable (through Readable.from). Functions (async generators) as
// stages are not supported: Duktape has no generators.
'use strict';

var errors = require('internal/streams/errors');
var eos = require('internal/streams/end-of-stream');
var destroyImpl = require('internal/streams/destroy');
var u = require('internal/streams/utils');

var Readable = null;

function popCallback(streams) {
  var cb = streams[streams.length - 1];
  if (typeof cb !== 'function') {
    throw errors.invalidArgType('streams[stream.length - 1]', 'of type function', cb);
  }
  return streams.pop();
}

function pipeline() {
  var streams = Array.prototype.slice.call(arguments);
  var callback = popCallback(streams);
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  return pipelineImpl(streams, callback, null);
}

// Watches a stream for an early end; destroy(err) tears it down unless it
// completed.
function destroyer(stream, reading, writing) {
  var done = false;
  stream.on('close', function () {
    done = true;
  });
  var cleanup = eos(stream, { readable: reading, writable: writing }, function (err) {
    done = !err;
  });
  return {
    destroy: function (err) {
      if (done) return;
      done = true;
      destroyImpl.destroyer(stream, err || errors.destroyed('pipe'));
    },
    cleanup: cleanup
  };
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length < 2) throw errors.missingArgs('streams');

  var error;
  var finishCount = 0;
  var destroys = [];
  var lastStreamCleanup = [];

  function finish(err) {
    finishImpl(err, --finishCount === 0);
  }

  function finishImpl(err, final) {
    if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) error = err;
    if (!error && !final) return;
    while (destroys.length) destroys.shift()(error);
    if (final) {
      if (!error) {
        for (var k = 0; k < lastStreamCleanup.length; k++) lastStreamCleanup[k]();
      }
      process.nextTick(callback, error, undefined);
    }
  }

  var ret;
  for (var i = 0; i < streams.length; i++) {
    var stream = streams[i];
    var reading = i < streams.length - 1;
    var writing = i > 0;
    var end = reading || !opts || opts.end !== false;
    var isLastStream = i === streams.length - 1;

    if (u.isNodeStream(stream)) {
      if (end) {
        var d = destroyer(stream, reading, writing);
        destroys.push(d.destroy);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(d.cleanup);
      }
      var onError = makeOnError(finish);
      stream.on('error', onError);
      if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(removeListenerFn(stream, 'error', onError));
    }

    if (i === 0) {
      if (typeof stream === 'function') {
        throw errors.invalidArgType('source', 'a stream or an iterable (async generator functions are not supported)', stream);
      } else if (u.isReadableNodeStream(stream)) {
        ret = stream;
      } else if (u.isIterable(stream)) {
        if (Readable === null) Readable = require('internal/streams/readable');
        ret = Readable.from(stream);
        var dd = destroyer(ret, true, false);
        destroys.push(dd.destroy);
      } else {
        throw errors.invalidArgType('source', 'a stream or an iterable', stream);
      }
    } else if (u.isNodeStream(stream)) {
      if (u.isReadableNodeStream(ret)) {
        finishCount += 2;
        var cleanup = pipe(ret, stream, finish, end);
        if (u.isReadable(stream) && isLastStream) lastStreamCleanup.push(cleanup);
      } else {
        throw errors.invalidArgType('val', 'a readable stream', ret);
      }
      ret = stream;
    } else {
      throw errors.invalidArgType('streams[' + i + ']', 'a stream', stream);
    }
  }
  return ret;
}

function makeOnError(finish) {
  return function onError(err) {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') finish(err);
  };
}

function removeListenerFn(stream, ev, fn) {
  return function () {
    stream.removeListener(ev, fn);
  };
}

// Pipes src into dst without pipe()'s own ending, ends dst after src's
// 'end' (when end is set) and reports each side once to finish.
function pipe(src, dst, finish, end) {
  var ended = false;
  dst.on('close', function () {
    if (!ended) finish(errors.prematureClose());
  });
  src.pipe(dst, { end: false });
  if (end) {
    var endFn = function () {
      ended = true;
      dst.end();
    };
    if (u.isReadableFinished(src)) process.nextTick(endFn);
    else src.once('end', endFn);
    eos(dst, { readable: false, writable: true }, finish);
  } else {
    finish();
  }
  eos(src, { readable: true, writable: false }, function (err) {
    var r = src._readableState;
    // A premature close of a source that has ended but not yet emitted
    // 'end' waits for the 'end'.
    if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' && r && r.ended && !r.errored && !r.errorEmitted) {
      src.once('end', finish).once('error', finish);
    } else {
      finish(err);
    }
  });
  return eos(dst, { readable: false, writable: true }, nop);
}

function nop() {}

module.exports = pipeline;
pipeline.pipelineImpl = pipelineImpl;
pipeline.popCallback = popCallback;
