// Stream throughput: `node stream.js <case>` or `duv stream.js <case>`
// prints the case, the milliseconds it took (timed inside the process, so
// start-up is left out) and a check value. test/bench/stream.py runs both
// side by side. Cases:
//   pipe     64 MB in 64 KB Buffers: Readable -> PassThrough -> Writable
//            through pipe(), with the default highWaterMarks (backpressure
//            on every chunk)
//   objects  100000 objects through an object-mode PassThrough (the
//            per-chunk cost of the JS path)
'use strict';
var stream = require('stream');
var which = process.argv[2];
var start = Date.now();
function done(check) { console.log(which + ' ' + (Date.now() - start) + ' ' + check); }

if (which === 'pipe') {
  var CHUNK = 64 * 1024;
  var COUNT = 1024;
  var chunk = Buffer.alloc(CHUNK, 120);
  var sent = 0;
  var src = new stream.Readable({
    read: function () {
      this.push(sent++ < COUNT ? chunk : null);
    }
  });
  var bytes = 0;
  var sink = new stream.Writable({
    write: function (c, enc, cb) {
      bytes += c.length;
      cb();
    }
  });
  sink.on('finish', function () {
    if (bytes !== CHUNK * COUNT) throw new Error('got ' + bytes + ' bytes');
    done(bytes);
  });
  src.pipe(new stream.PassThrough()).pipe(sink);
} else if (which === 'objects') {
  var N = 100000;
  var i = 0;
  var osrc = new stream.Readable({
    objectMode: true,
    read: function () {
      this.push(i < N ? { n: i++ } : null);
    }
  });
  var sum = 0;
  var osink = new stream.Writable({
    objectMode: true,
    write: function (o, enc, cb) {
      sum += o.n;
      cb();
    }
  });
  osink.on('finish', function () { done(sum); });
  osrc.pipe(new stream.PassThrough({ objectMode: true })).pipe(osink);
} else {
  throw new Error('usage: stream.js pipe|objects');
}
