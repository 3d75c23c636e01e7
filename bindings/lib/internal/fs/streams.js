// fs.ReadStream and fs.WriteStream: streams over a descriptor, each chunk
// one read or write on libuv's thread pool.
'use strict';

var Buffer = require('buffer').Buffer;
var stream = require('stream');
var Readable = stream.Readable;
var Writable = stream.Writable;
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');
var binding = internalBinding('fs');

var kDefaultHwm = 64 * 1024;

function inherits(ctor, parent) {
  ctor.prototype = Object.create(parent.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
  Object.setPrototypeOf(ctor, parent);
}

function copyOptions(options, defaults) {
  var o = {};
  var k;
  for (k in defaults) o[k] = defaults[k];
  if (typeof options === 'string') {
    o.encoding = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'one of type string or object', options);
    for (k in options) if (options[k] !== undefined) o[k] = options[k];
  }
  return o;
}

function validateRange(o) {
  if (o.start !== undefined) u.validateInteger(o.start, 'start', 0);
  if (o.end === undefined || o.end === null) o.end = Infinity;
  else if (o.end !== Infinity) u.validateInteger(o.end, 'end', 0);
  if (o.start !== undefined && o.start > o.end) {
    throw errors.outOfRange('start', '<= "end" (here: ' + o.end + ')', o.start);
  }
}

// The file's fs functions: the `fs` option may replace open/read/write/close.
// Without a custom fs, reads and writes go to the binding directly (the
// stream already holds a valid fd and an in-range Buffer): less JS per chunk.
function fsFunctions(o, names) {
  var fs = require('fs');
  var out = { direct: true };
  for (var i = 0; i < names.length; i++) {
    var n = names[i];
    if (o.fs && typeof o.fs[n] === 'function' && o.fs[n] !== fs[n]) {
      out[n] = o.fs[n];
      if (n === 'read' || n === 'write') out.direct = false;
    } else {
      out[n] = fs[n];
    }
  }
  return out;
}

function openFile(self, cb) {
  self._fs.open(self.path, self.flags, self.mode, function (err, fd) {
    if (err) return cb(err);
    self.fd = fd;
    cb();
    self.emit('open', fd);
    self.emit('ready');
  });
}

function closeFile(self, err, cb) {
  if (self.fd === null || self.fd === undefined || !self._autoClose) return cb(err);
  var fd = self.fd;
  self.fd = null;
  self._fs.close(fd, function (er) { cb(er || err); });
}

// What ReadStream and WriteStream share on their prototypes: pending,
// autoClose, and opening the file in _construct unless given an fd.
function defineFileStream(proto) {
  Object.defineProperty(proto, 'pending', {
    get: function () { return this.fd === null; }, configurable: true
  });
  Object.defineProperty(proto, 'autoClose', {
    get: function () { return this._autoClose; },
    set: function (v) { this._autoClose = !!v; },
    configurable: true
  });
  proto._construct = function (cb) {
    if (this.fd !== null) {
      cb();
      return;
    }
    openFile(this, cb);
  };
}

// The file a stream works on: the fd option, else the path (validated; a
// Buffer or URL becomes its string).
function setTarget(stream, path, o) {
  if (o.fd !== undefined && o.fd !== null) {
    stream.fd = typeof o.fd === 'number' ? u.getValidatedFd(o.fd) : o.fd;
    stream.path = undefined;
  } else {
    var validated = u.getValidatedPath(path);
    stream.fd = null; // fd before path: the own keys' order is Node's
    stream.path = validated;
  }
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  var o = copyOptions(options, { flags: 'r', mode: 438, autoClose: true, emitClose: true });
  if (o.highWaterMark === undefined) o.highWaterMark = kDefaultHwm;
  this._fs = fsFunctions(o, ['open', 'read', 'close']);
  setTarget(this, path, o);
  this.flags = o.flags === undefined ? 'r' : o.flags;
  this.mode = o.mode;
  validateRange(o);
  this.start = o.start;
  this.end = o.end;
  this.pos = o.start;
  this.bytesRead = 0;
  this._autoClose = o.autoClose === undefined ? true : !!o.autoClose;
  Readable.call(this, {
    highWaterMark: o.highWaterMark,
    encoding: o.encoding,
    emitClose: o.emitClose,
    autoDestroy: this._autoClose,
    signal: o.signal
  });
}
inherits(ReadStream, Readable);

defineFileStream(ReadStream.prototype);

// Per-stream I/O state under a symbol: the read and write callbacks are made
// once per stream (bound functions), not once per chunk. A function
// expression made per call would hold the chunk in its scope, and Duktape
// frees a function with its prototype only at a garbage collection (the two
// point at each other): a copy kept every 64 KiB Buffer until then.
var kIo = Symbol('kIo');

function ioOf(stream) {
  var io = stream[kIo];
  if (io === undefined) {
    io = { want: 0, writeCb: null, readDone: onReadDone.bind(stream), writeDone: onWriteDone.bind(stream) };
    Object.defineProperty(stream, kIo, { value: io, writable: true, configurable: true });
  }
  return io;
}

function onReadDone(err, got, buf) {
  if (err) {
    this.destroy(err);
    return;
  }
  if (got === 0) {
    this.push(null);
    return;
  }
  var want = this[kIo].want;
  this.bytesRead += got;
  if (this.pos !== undefined && got < want) this.pos -= want - got;
  this.push(got === want ? buf : (this._fs.direct ? Buffer.from(buf.subarray(0, got)) : buf.subarray(0, got)));
}

ReadStream.prototype._read = function (n) {
  var want = n;
  if (this.end !== Infinity) {
    var left = this.end - (this.pos !== undefined ? this.pos : this.bytesRead) + 1;
    if (left < want) want = left;
  }
  if (want <= 0) {
    this.push(null);
    return;
  }
  var direct = this._fs.direct;
  // Not zero-filled when the binding reads it: a short read is copied out.
  var buf = direct ? binding.chunkBuffer(want) : Buffer.allocUnsafe(want);
  var pos = this.pos;
  var io = this[kIo] || ioOf(this);
  io.want = want;
  if (this.pos !== undefined) this.pos += want;
  (direct ? binding.read : this._fs.read)(this.fd, buf, 0, want, direct && pos === undefined ? -1 : pos, io.readDone);
};

ReadStream.prototype._destroy = function (err, cb) {
  closeFile(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') require('internal/streams/end-of-stream')(this, cb);
  this.destroy();
};

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  var o = copyOptions(options, { flags: 'w', mode: 438, autoClose: true, emitClose: true,
                                 decodeStrings: true, encoding: 'utf8' });
  this._fs = fsFunctions(o, ['open', 'write', 'close', 'fsync']);
  setTarget(this, path, o);
  this.flags = o.flags === undefined ? 'w' : o.flags;
  this.mode = o.mode;
  if (o.start !== undefined) u.validateInteger(o.start, 'start', 0);
  this.start = o.start;
  this.pos = o.start;
  this.bytesWritten = 0;
  this._flush = !!o.flush;
  this._autoClose = o.autoClose === undefined ? true : !!o.autoClose;
  Writable.call(this, {
    highWaterMark: o.highWaterMark,
    decodeStrings: true,
    defaultEncoding: o.encoding,
    emitClose: o.emitClose,
    autoDestroy: this._autoClose,
    signal: o.signal
  });
}
inherits(WriteStream, Writable);

defineFileStream(WriteStream.prototype);

function onWriteDone(err, n) {
  var io = this[kIo];
  var cb = io.writeCb;
  io.writeCb = null;
  if (err) return cb(err);
  this.bytesWritten += n;
  cb();
}

WriteStream.prototype._write = function (chunk, encoding, cb) {
  var pos = this.pos;
  var len = chunk.length;
  var direct = this._fs.direct;
  var io = this[kIo] || ioOf(this);
  io.writeCb = cb; // a Writable has one _write in flight at a time
  (direct ? binding.write : this._fs.write)(this.fd, chunk, 0, len, direct && pos === undefined ? -1 : pos, io.writeDone);
  if (this.pos !== undefined) this.pos += len;
};

WriteStream.prototype._writev = function (chunks, cb) {
  var list = new Array(chunks.length);
  for (var i = 0; i < chunks.length; i++) list[i] = chunks[i].chunk;
  this._write(Buffer.concat(list), 'buffer', cb);
};

WriteStream.prototype._final = function (cb) {
  if (!this._flush) return cb();
  this._fs.fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function (err, cb) {
  closeFile(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this._autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = {
  ReadStream: ReadStream,
  WriteStream: WriteStream,
  createReadStream: function (path, options) { return new ReadStream(path, options); },
  createWriteStream: function (path, options) { return new WriteStream(path, options); }
};
