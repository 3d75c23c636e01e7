// addons/zcodec: zlib for duv scripts. Known vectors were computed with
// Node 20's zlib and pasted here; error codes and messages are Node's.
'use strict';
var assert = require('assert');
var common = require('./common');

var z = require(common.path('zcodec/zcodec.node'));

function bytes(s) {
  var out = new Uint8Array(s.length);
  for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
function text(u8) {
  var parts = [];
  for (var i = 0; i < u8.length; i += 4096)
    parts.push(String.fromCharCode.apply(null, Array.prototype.slice.call(u8, i, i + 4096)));
  return parts.join('');
}
function same(a, b) {
  assert.strictEqual(a.length, b.length);
  for (var i = 0; i < a.length; i++) if (a[i] !== b[i]) assert.fail('byte ' + i + ' differs');
}
function throwsCode(fn, name, code, message) {
  assert.throws(fn, function (e) {
    assert.strictEqual(e.name, name);
    assert.strictEqual(e.code, code);
    if (message !== undefined) assert.strictEqual(e.message, message);
    return true;
  });
}

var names = ['crc32', 'deflateSync', 'inflateSync', 'gzipSync', 'gunzipSync', 'deflate',
  'inflate', 'gzip', 'gunzip', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'ZLIB_VERSION'];
assert.deepStrictEqual(Object.keys(z), names);
assert.ok(/^1\./.test(z.ZLIB_VERSION));

// crc32: strings are hashed as UTF-8; views in place; value continues a CRC.
assert.strictEqual(z.crc32('hello'), 907060870);
assert.strictEqual(z.crc32(''), 0);
assert.strictEqual(z.crc32('\u00e9'), 235179326);
assert.strictEqual(z.crc32(new Uint8Array([0xc3, 0xa9])), 235179326);
assert.strictEqual(z.crc32(new Uint8Array([1, 2, 3, 4, 5])), 1191942644);
assert.strictEqual(z.crc32(new Uint8Array([9, 1, 2, 3, 4, 5, 9]).subarray(1, 6)), 1191942644);
assert.strictEqual(z.crc32(new Uint8Array([1, 2, 3, 4, 5]).buffer), 1191942644);
assert.strictEqual(z.crc32('world', z.crc32('hello ')), 222957957);
assert.strictEqual(z.crc32('hello world'), 222957957);
throwsCode(function () { z.crc32(1); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or ' +
  'DataView. Received type number (1)');
throwsCode(function () { z.crc32('a', -1); }, 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1');
throwsCode(function () { z.crc32(); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or ' +
  'DataView. Received undefined');

// inflate of Node's own deflate output (level 9), and deflate of ours
// inflating back (compressed bytes may differ between zlib builds).
var nodeDeflated = new Uint8Array([120, 218, 75, 41, 45, 83, 168, 74, 206, 79, 73, 77, 182, 82,
  72, 25, 101, 143, 178, 169, 196, 6, 0, 41, 104, 212, 179]);
var plain = new Array(51).join('duv zcodec: ');
assert.strictEqual(text(z.inflateSync(nodeDeflated)), plain);
assert.ok(z.inflateSync(nodeDeflated) instanceof Uint8Array);
var ours = z.deflateSync(plain, 9);
assert.ok(ours instanceof Uint8Array);
assert.strictEqual(ours[0], 120);
assert.strictEqual(ours[1], 218);  // the level-9 header
assert.strictEqual(text(z.inflateSync(ours)), plain);
assert.strictEqual(text(z.inflateSync(z.deflateSync(bytes(plain), { level: 1 }))), plain);
assert.strictEqual(z.deflateSync(plain, 0).length > plain.length, true);  // stored
same(z.deflateSync(''), [120, 156, 3, 0, 0, 0, 0, 1]);
assert.strictEqual(z.inflateSync(z.deflateSync('')).length, 0);
// A string is compressed as its UTF-8 bytes.
same(z.inflateSync(z.deflateSync('\u00e9\ud83d\ude00')), [0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);

// gzip: Node's output gunzips; ours round-trips at every level.
var nodeGzipped = new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 75, 175, 202, 44, 80, 200,
  77, 213, 81, 72, 135, 48, 0, 83, 102, 80, 54, 16, 0, 0, 0]);
assert.strictEqual(text(z.gunzipSync(nodeGzipped)), 'gzip me, gzip me');
for (var level = -1; level <= 9; level++) {
  var g = z.gzipSync(plain, level);
  assert.strictEqual(g[0], 31);
  assert.strictEqual(g[1], 139);
  assert.strictEqual(text(z.gunzipSync(g)), plain);
}

// Several gzip members in one input are read as Node reads them: each
// member in turn; zero padding after one is ignored, other bytes must be
// another member.
function concat(a, b) {
  var r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}
var memberOne = z.gzipSync('one,');
assert.strictEqual(text(z.gunzipSync(concat(memberOne, z.gzipSync('two')))), 'one,two');
assert.strictEqual(text(z.gunzipSync(concat(memberOne, new Uint8Array(3)))), 'one,');
assert.strictEqual(text(new z.Gunzip().end(concat(memberOne, nodeGzipped))),
  'one,gzip me, gzip me');

// Corrupt and truncated input: Node's codes, errno and zlib's messages.
function zlibError(fn, code, errno, message) {
  assert.throws(fn, function (e) {
    assert.strictEqual(e instanceof Error, true);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.errno, errno);
    assert.strictEqual(e.message, message);
    return true;
  });
}
zlibError(function () { z.inflateSync('garbage'); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
zlibError(function () { z.gunzipSync(bytes('garbage')); }, 'Z_DATA_ERROR', -3,
  'incorrect header check');
zlibError(function () { z.gunzipSync(ours); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
var damaged = z.deflateSync('abcdef');
damaged[damaged.length - 1] ^= 0xff;
zlibError(function () { z.inflateSync(damaged); }, 'Z_DATA_ERROR', -3, 'incorrect data check');
zlibError(function () { z.inflateSync(ours.subarray(0, 5)); }, 'Z_BUF_ERROR', -5,
  'unexpected end of file');
zlibError(function () { z.gunzipSync(concat(memberOne, bytes('xyz'))); }, 'Z_DATA_ERROR', -3,
  'incorrect header check');
zlibError(function () { z.gunzipSync(concat(memberOne, new Uint8Array([0x1f]))); },
  'Z_BUF_ERROR', -5, 'unexpected end of file');
zlibError(function () { z.inflateSync(''); }, 'Z_BUF_ERROR', -5, 'unexpected end of file');

// Bad arguments.
var typeMsg = 'The "buffer" argument must be of type string or an instance of Buffer, ' +
  'TypedArray, DataView, or ArrayBuffer. Received ';
throwsCode(function () { z.deflateSync(1); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  typeMsg + 'type number (1)');
throwsCode(function () { z.inflateSync({}); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
throwsCode(function () { z.gzipSync(null); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  typeMsg + 'null');
throwsCode(function () { z.deflateSync(); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  typeMsg + 'undefined');
var rangeMsg = 'The value of "options.level" is out of range. It must be >= -1 and <= 9. ' +
  'Received ';
throwsCode(function () { z.deflateSync('x', 10); }, 'RangeError', 'ERR_OUT_OF_RANGE',
  rangeMsg + '10');
throwsCode(function () { z.gzipSync('x', { level: -2 }); }, 'RangeError', 'ERR_OUT_OF_RANGE',
  rangeMsg + '-2');
throwsCode(function () { z.deflateSync('x', '9'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');

// Stream classes: chunks in, output so far out; the pieces make one stream.
var d = new z.Deflate(9);
assert.ok(d instanceof z.Deflate);
assert.strictEqual(d.ended, false);
var pieces = [d.push('duv zcodec: '), d.push(bytes(new Array(50).join('duv zcodec: ')))];
pieces.push(d.end());
assert.strictEqual(d.ended, true);
var total = 0;
pieces.forEach(function (p) { assert.ok(p instanceof Uint8Array); total += p.length; });
var joined = new Uint8Array(total), at = 0;
pieces.forEach(function (p) { joined.set(p, at); at += p.length; });
assert.strictEqual(text(z.inflateSync(joined)), plain);

// Inflate fed one byte at a time gives the same text; end() after the
// data ended returns nothing more.
var inf = new z.Inflate();
var outParts = [];
for (var i = 0; i < nodeDeflated.length; i++) outParts.push(text(inf.push(nodeDeflated.subarray(i, i + 1))));
assert.strictEqual(outParts.join(''), plain);
assert.strictEqual(inf.ended, false);
assert.strictEqual(inf.end().length, 0);
assert.strictEqual(inf.ended, true);

// Gzip / Gunzip streams, end(chunk).
var gz = new z.Gzip({ level: 5 });
var gzOut = [gz.push('gzip '), gz.end('me')];
var gzAll = new Uint8Array(gzOut[0].length + gzOut[1].length);
gzAll.set(gzOut[0]);
gzAll.set(gzOut[1], gzOut[0].length);
assert.strictEqual(text(z.gunzipSync(gzAll)), 'gzip me');
assert.strictEqual(text(new z.Gunzip().end(nodeGzipped)), 'gzip me, gzip me');

// Using an ended stream; errors end a stream too.
throwsCode(function () { d.push('x'); }, 'Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
throwsCode(function () { d.end(); }, 'Error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
var bad = new z.Inflate();
zlibError(function () { bad.push('garbage'); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
assert.strictEqual(bad.ended, true);
throwsCode(function () { bad.push(nodeDeflated); }, 'Error', 'ERR_STREAM_WRITE_AFTER_END');
var short = new z.Inflate();
short.push(nodeDeflated.subarray(0, 10));
zlibError(function () { short.end(); }, 'Z_BUF_ERROR', -5, 'unexpected end of file');
throwsCode(function () { new z.Deflate(42); }, 'RangeError', 'ERR_OUT_OF_RANGE', rangeMsg + '42');
throwsCode(function () { new z.Inflate().push(7); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
throwsCode(function () { new z.Inflate().push(); }, 'TypeError', 'ERR_MISSING_ARGS');

// Methods check `this`, also across the classes.
throwsCode(function () { z.Deflate.prototype.push.call({}, 'x'); }, 'TypeError',
  'ERR_INVALID_ARG_TYPE');
throwsCode(function () { z.Inflate.prototype.end.call(new z.Deflate()); }, 'TypeError',
  'ERR_INVALID_ARG_TYPE');
throwsCode(function () { z.Deflate.prototype.push.call(Object.create(new z.Deflate()), 'x'); },
  'TypeError', 'ERR_INVALID_ARG_TYPE');

// Many streams left unended are freed by their finalizers (asan checks).
for (i = 0; i < 50; i++) new z.Deflate().push('left open');

// Async: callbacks get (null, result) or (err); argument errors throw.
throwsCode(function () { z.deflate('x'); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "callback" argument must be of type function. Received undefined');
throwsCode(function () { z.deflate('x', 3); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');
throwsCode(function () { z.deflate(); }, 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "callback" argument must be of type function. Received undefined');
throwsCode(function () { z.deflate(undefined, function () {}); }, 'TypeError',
  'ERR_INVALID_ARG_TYPE', typeMsg + 'undefined');
throwsCode(function () { z.gzip('x', 11, function () {}); }, 'RangeError', 'ERR_OUT_OF_RANGE');
throwsCode(function () { z.inflate(5, function () {}); }, 'TypeError', 'ERR_INVALID_ARG_TYPE');

var pending = 0;
var finished = { inflate: false, corrupt: false, gzip: false, many: 0, big: false, changed: false };
function done(key) { if (typeof finished[key] === 'number') finished[key]++; else finished[key] = true; }

pending++;
var sync = true;
z.inflate(nodeDeflated, function (err, result) {
  assert.strictEqual(sync, false);  // never called before inflate() returns
  assert.strictEqual(err, null);
  assert.strictEqual(text(result), plain);
  done('inflate');
});
sync = false;

z.gunzip(bytes('garbage'), function (err, result) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(result, undefined);
  done('corrupt');
});

z.gzip(plain, { level: 9 }, function (err, result) {
  assert.strictEqual(err, null);
  z.gunzip(result, function (err2, back) {
    assert.strictEqual(err2, null);
    assert.strictEqual(text(back), plain);
    done('gzip');
  });
});

// The input is copied before the job is queued: changing it afterwards
// does not change what is compressed.
var mutable = bytes('original bytes');
z.deflate(mutable, function (err, result) {
  assert.strictEqual(err, null);
  assert.strictEqual(text(z.inflateSync(result)), 'original bytes');
  done('changed');
});
mutable.fill(0);

// Many concurrent jobs, each with its own input and result.
var N = 40;
for (i = 0; i < N; i++) {
  (function (k) {
    var input = 'job ' + k + ' ' + new Array(k + 2).join('x');
    z.deflate(input, k % 10, function (err, result) {
      assert.strictEqual(err, null);
      z.inflate(result, function (err2, back) {
        assert.strictEqual(err2, null);
        assert.strictEqual(text(back), input);
        done('many');
      });
    });
  })(i);
}

// A 1 MB round trip, sync and async; the CRC matches Node's.
var big = new Uint8Array(1 << 20);
for (i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 10)) & 255;
assert.strictEqual(z.crc32(big), 2591831147);
var bigZ = z.deflateSync(big);
assert.ok(bigZ.length < 20000);
same(z.inflateSync(bigZ), big);
z.gzip(big, function (err, result) {
  assert.strictEqual(err, null);
  z.gunzip(result, function (err2, back) {
    assert.strictEqual(err2, null);
    assert.strictEqual(z.crc32(back), 2591831147);
    assert.strictEqual(back.length, big.length);
    done('big');
  });
});

process.on('exit', function () {
  assert.deepStrictEqual(finished, {
    inflate: true, corrupt: true, gzip: true, many: N, big: true, changed: true
  });
});
