// Readable (streams3): paused and flowing modes, 'readable' and 'data',
// read(n) against highWaterMark, push/unshift, setEncoding, pipe/unpipe
// with backpressure, wrap, and 'end' before 'close'.
'use strict';

var Buffer = require('buffer').Buffer;

var util = require('util');
var legacy = require('internal/streams/legacy');
var Stream = legacy.Stream;
var buf = require('internal/streams/readable_buffer');
var destroyImpl = require('internal/streams/destroy');
var hwmState = require('internal/streams/state');
var errors = require('internal/streams/errors');
var from = require('internal/streams/from');
var defineGetters = require('internal/streams/utils').defineGetters;

var errorOrDestroy = destroyImpl.errorOrDestroy;

// Duplex inherits from Readable, so it is loaded when first needed.
var Duplex = null;
function isDuplexStream(stream) {
  if (Duplex === null) Duplex = require('internal/streams/duplex');
  return stream instanceof Duplex;
}

// The largest highWaterMark read(n) may raise it to.
var MAX_HWM = 0x40000000;

var StringDecoder = null;
function newDecoder(enc) {
  if (StringDecoder === null) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(enc);
}

// `_readableState`: the fields keep the names Node's internal state uses
// (length, buffer, flowing, ended, highWaterMark ...), which old tests read.
function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);
  var objectMode = !!(options && options.objectMode);
  if (isDuplex && !objectMode) objectMode = !!(options && options.readableObjectMode);
  this.objectMode = objectMode;
  this.highWaterMark = hwmState.getHighWaterMark(options, 'readableHighWaterMark', isDuplex, objectMode);
  // The chunks (internal/streams/readable_buffer): live from bufferIndex.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  this.constructed = true;
  // True while _read() runs: a push() from inside it must not emit 'data'
  // or 'readable' synchronously.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  // Set by pause()/resume(): null until either is called.
  this.paused = null;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  // The destinations pipe() waits on for 'drain': one stream, or a Set
  // when there are several pipes.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  var isDuplex = isDuplexStream(this);
  this._readableState = new ReadableState(options, this, isDuplex);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  destroyImpl.construct(this, function () {
    if (self._readableState.needReadable) maybeReadMore(self, self._readableState);
  });
}
util.inherits(Readable, Stream);

Readable.ReadableState = ReadableState;
Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype.push = function push(chunk, encoding) {
  return addChunkChecked(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunkChecked(this, chunk, encoding, true);
};

// Normalises chunk (strings to Buffers unless they match the decoder's
// encoding, typed arrays to Buffers) and adds it, or ends on null.
function addChunkChecked(stream, chunk, encoding, addToFront) {
  var state = stream._readableState;
  if (!state.objectMode) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      errorOrDestroy(stream, errors.invalidChunk(chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, errors.unshiftAfterEnd());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, errors.pushAfterEOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) addChunk(stream, state, chunk, false);
        else maybeReadMore(stream, state);
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    state.reading = false;
    maybeReadMore(stream, state);
  }
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

// A chunk goes straight to 'data' when the stream flows with an empty
// buffer outside _read(); otherwise it is buffered for read().
function addChunk(stream, state, chunk, addToFront) {
  if (state.flowing && state.length === 0 && !state.sync && stream.listenerCount('data') > 0) {
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    emitData(stream, chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (addToFront) buf.unshift(state, chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function isPaused() {
  var state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  var state = this._readableState;
  var decoder = newDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  var parts = [];
  for (var i = state.bufferIndex; i < state.buffer.length; i++) parts.push(decoder.write(state.buffer[i]));
  var content = parts.join('');
  buf.clear(state);
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

// The next power of two at or above n, so that a read(n) larger than the
// highWaterMark raises it in few steps.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw errors.outOfRange('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much read(n) returns given what is buffered: NaN (read()) means the
// first chunk when flowing and everything otherwise; a request larger than
// the buffer waits for more unless the stream has ended.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (n !== n) {
    // buf.first(state), inline: this runs once or twice per chunk.
    if (state.flowing && state.length) return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (typeof n !== 'number' || Math.floor(n) !== n) n = parseInt(n, 10);
  var state = this._readableState;
  var nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough buffered (or at the end) only signals 'readable'
  // (or 'end') instead of reading more.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);
  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read() when what stays buffered after this read falls under the
  // highWaterMark, unless a read is pending or the stream cannot read.
  var doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored || !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push() may have made more data available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  var ret = n > 0 ? fromList(n, state) : null;
  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    emitData(this, ret);
  }
  return ret;
};

// Takes n units out of the buffer (n already checked by howMuchToRead).
function fromList(n, state) {
  if (state.length === 0) return null;
  var ret;
  if (state.objectMode) {
    ret = buf.shift(state);
  } else if (!n || n >= state.length) {
    // buf.count/first/clear, inline: the path of every chunk read whole.
    var buffer = state.buffer;
    if (state.decoder) ret = buf.join(state);
    else if (buffer.length - state.bufferIndex === 1) ret = buffer[state.bufferIndex];
    else ret = buf.concat(state, state.length);
    buffer.length = 0;
    state.bufferIndex = 0;
  } else {
    ret = buf.consume(state, n, state.decoder);
  }
  return ret;
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    var chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;
  if (state.sync) {
    // Inside _read(): let read() see the end before 'readable' fires.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNT(stream);
  }
}

// 'readable' on the next tick, once per batch of pushes.
function emitReadable(stream) {
  var state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNT, stream);
  }
}

function emitReadableNT(stream) {
  var state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  state.needReadable = !state.flowing && !state.ended && state.length <= state.highWaterMark;
  flow(stream);
}

// Fills the buffer up to the highWaterMark ahead of demand, on a later tick.
function maybeReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(maybeReadMoreNT, stream, state);
  }
}

function maybeReadMoreNT(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    var len = state.length;
    stream.read(0);
    if (len === state.length) break;
  }
  state.readingMore = false;
}

// 'data' is emitted once per chunk. With EventEmitter's own emit (not
// replaced on the stream) and one listener, calling it directly is the same
// and skips the trip through emit (a native function calling back into JS).
var EEemit = Stream.prototype.emit;
function emitData(stream, chunk) {
  if (stream.emit === EEemit) {
    var events = stream._events;
    var handler = events !== undefined ? events.data : undefined;
    if (typeof handler === 'function') {
      handler.call(stream, chunk);
      return;
    }
  }
  stream.emit('data', chunk);
}

Readable.prototype._read = function _read() {
  throw errors.methodNotImplemented('_read()');
};

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  var src = this;
  var state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    state.multiAwaitDrain = true;
    var waiting = new Set();
    if (state.awaitDrainWriters) waiting.add(state.awaitDrainWriters);
    state.awaitDrainWriters = waiting;
  }
  state.pipes.push(dest);

  var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  var endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  var ondrain = null;
  var cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A destination removed while src waits for its 'drain' must not keep
    // src paused.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.indexOf(dest) !== -1) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest unpipes; it is rethrown when dest has no other
  // 'error' listener, as an EventEmitter would.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      var s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  legacy.prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();
  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainNT() {
    var state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if (state.multiAwaitDrain) state.awaitDrainWriters['delete'](dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  var state = this._readableState;
  if (state.pipes.length === 0) return this;
  if (!dest) {
    var dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (var i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }
  var index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// Adding a 'data' listener starts the flow unless pause() was called;
// a 'readable' listener switches to paused mode and takes precedence.
Readable.prototype.on = function on(ev, fn) {
  var res = Stream.prototype.on.call(this, ev, fn);
  var state = this._readableState;
  if (ev === 'data') {
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(nReadingNextTick, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  var res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  var res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  var state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) state.flowing = true;
  else if (self.listenerCount('data') > 0) self.resume();
  else if (!state.readableListening) state.flowing = null;
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function resume() {
  var state = this._readableState;
  if (!state.flowing) {
    // With a 'readable' listener, resume() schedules reading but the stream
    // stays in paused mode.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNT, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resumeNT(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  var state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  var state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Makes an old-style stream (only 'data'/'end' and pause/resume) a Readable.
Readable.prototype.wrap = function wrap(stream) {
  var self = this;
  var paused = false;
  stream.on('data', function (chunk) {
    if (!self.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', function () {
    self.push(null);
  });
  stream.on('error', function (err) {
    errorOrDestroy(self, err);
  });
  stream.on('close', function () {
    self.destroy();
  });
  stream.on('destroy', function () {
    self.destroy();
  });
  this._read = function () {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  var keys = Object.keys(stream);
  for (var i = 0; i < keys.length; i++) {
    var k = keys[i];
    if (this[k] === undefined && typeof stream[k] === 'function') this[k] = stream[k].bind(stream);
  }
  return this;
};

function endReadable(stream) {
  var state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side finished too.
      var w = stream._writableState;
      if (!w || (w.autoDestroy && (w.finished || w.writable === false))) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

defineGetters(Readable.prototype, {
  readable: {
    get: function () {
      var r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set: function (val) {
      if (this._readableState) this._readableState.readable = !!val;
    }
  },
  readableDidRead: function () { return this._readableState.dataEmitted; },
  readableAborted: function () {
    var r = this._readableState;
    return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
  },
  readableHighWaterMark: function () { return this._readableState.highWaterMark; },
  readableBuffer: function () { return this._readableState && this._readableState.buffer; },
  readableFlowing: {
    get: function () { return this._readableState.flowing; },
    set: function (state) { if (this._readableState) this._readableState.flowing = state; }
  },
  readableLength: function () { return this._readableState.length; },
  readableObjectMode: function () { return this._readableState ? this._readableState.objectMode : false; },
  readableEncoding: function () { return this._readableState ? this._readableState.encoding : null; },
  errored: function () { return this._readableState ? this._readableState.errored : null; },
  closed: function () { return this._readableState ? this._readableState.closed : false; },
  destroyed: {
    get: function () { return this._readableState ? this._readableState.destroyed : false; },
    set: function (value) { if (this._readableState) this._readableState.destroyed = value; }
  },
  readableEnded: function () { return this._readableState ? this._readableState.endEmitted : false; }
});

Readable.from = function (iterable, opts) {
  return from(Readable, iterable, opts);
};

// Readable.wrap(src[, options]): new Readable(options).wrap(src), in the
// object mode of src, destroying src when it is destroyed.
Readable.wrap = function (src, options) {
  var opts = {
    objectMode: src.readableObjectMode != null ? src.readableObjectMode :
      (src.objectMode != null ? src.objectMode : true)
  };
  if (options) {
    var keys = Object.keys(options);
    for (var i = 0; i < keys.length; i++) opts[keys[i]] = options[keys[i]];
  }
  opts.destroy = function (err, callback) {
    destroyImpl.destroyer(src, err);
    callback(err);
  };
  return new Readable(opts).wrap(src);
};

// Node exposes its buffer read; old tests call it.
Readable._fromList = fromList;


module.exports = Readable;
