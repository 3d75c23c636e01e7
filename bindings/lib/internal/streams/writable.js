// Writable (streams3): write/end with callbacks, highWaterMark and 'drain',
// cork/uncork and _writev batching, _final, 'finish' then 'close'.
'use strict';

var Buffer = require('buffer').Buffer;

var util = require('util');
var Stream = require('internal/streams/legacy').Stream;
var destroyImpl = require('internal/streams/destroy');
var hwmState = require('internal/streams/state');
var errors = require('internal/streams/errors');

var errorOrDestroy = destroyImpl.errorOrDestroy;

var Duplex = null;
function isDuplexStream(stream) {
  if (Duplex === null) Duplex = require('internal/streams/duplex');
  return stream instanceof Duplex;
}

function nop() {}

// `_writableState`, with the field names of Node's internal state.
function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexStream(stream);
  var objectMode = !!(options && options.objectMode);
  if (isDuplex && !objectMode) objectMode = !!(options && options.writableObjectMode);
  this.objectMode = objectMode;
  this.highWaterMark = hwmState.getHighWaterMark(options, 'writableHighWaterMark', isDuplex, objectMode);
  this.finalCalled = false;
  this.needDrain = false;
  // ending: end() was called; ended: end() returned; finished: 'finish'
  // is being emitted.
  this.ending = false;
  this.ended = false;
  this.finished = false;
  this.destroyed = false;
  this.decodeStrings = !(options && options.decodeStrings === false);
  this.defaultEncoding = (options && options.defaultEncoding) || 'utf8';
  // Bytes (or objects) written and not yet confirmed by their callback.
  this.length = 0;
  this.writing = false;
  this.corked = 0;
  // True while _write() runs: a callback called synchronously is deferred
  // to the next tick.
  this.sync = true;
  this.bufferProcessing = false;
  this.onwrite = onwrite.bind(undefined, stream);
  this.writecb = null;
  this.writelen = 0;
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  // end() callbacks waiting for 'finish' (or an error).
  this.onFinished = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  configurable: true,
  get: function () { return this.buffered.length - this.bufferedIndex; }
});

function Writable(options) {
  // A Duplex is a Writable by instanceof (see Symbol.hasInstance below), but
  // not by its prototype chain.
  var isDuplex = isDuplexStream(this);
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }
  this._writableState = new WritableState(options, this, isDuplex);
  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
  }
  Stream.call(this, options);
  var self = this;
  destroyImpl.construct(this, function () {
    var state = self._writableState;
    if (!state.writing) clearBuffer(self, state);
    finishMaybe(self, state);
  });
}
util.inherits(Writable, Stream);

Writable.WritableState = WritableState;

Object.defineProperty(Writable, Symbol.hasInstance, {
  configurable: true,
  value: function (object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!object && object._writableState instanceof WritableState;
  }
});

Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, errors.cannotPipe());
};

// Validates and normalises a chunk, then writes or buffers it. Returns
// write()'s boolean, or the error when the stream is ending or destroyed.
function writeChunk(stream, chunk, encoding, cb) {
  var state = stream._writableState;
  // Object mode leaves a missing encoding as it is (null when the
  // callback takes its place), as Node does.
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = state.objectMode ? null : state.defaultEncoding;
  } else {
    if (!encoding) {
      if (!state.objectMode) encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
    if (typeof cb !== 'function') cb = nop;
  }

  if (chunk === null) {
    throw errors.nullValues();
  } else if (!state.objectMode) {
    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw errors.invalidChunk(chunk);
    }
  }

  var err;
  if (state.ending) err = errors.writeAfterEnd();
  else if (state.destroyed) err = errors.destroyed('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  var state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!Buffer.isEncoding(encoding)) throw errors.unknownEncoding(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes the chunk now if nothing is in flight, else queues it. The return
// value is taken after a direct _write(): a write whose callback came
// synchronously does not ask for 'drain', however large (as Node 20).
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  var len = state.objectMode ? 1 : chunk.length;
  state.length += len;

  if (state.writing || state.corked || state.errored || !state.constructed) {
    state.buffered.push({ chunk: chunk, encoding: encoding, callback: callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state.writecb = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }
  var ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state.writecb = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(errors.destroyed('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback _write() gets (one bound function per stream).
function onwrite(stream, er) {
  var state = stream._writableState;
  var sync = state.sync;
  var cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, errors.multipleCallback());
    return;
  }
  state.writing = false;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack;
    if (!state.errored) state.errored = er;
    if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);
    if (sync) {
      // Callbacks of writes completed synchronously run on the next tick,
      // counted into one tick when they share a callback.
      var info = state.afterWriteTickInfo;
      if (info !== null && info.cb === cb) {
        info.count++;
      } else {
        state.afterWriteTickInfo = { count: 1, cb: cb, stream: stream, state: state };
        process.nextTick(afterWriteTick, state.afterWriteTickInfo);
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  var needDrain = !state.ending && !stream.destroyed && state.length === 0 && state.needDrain;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if (state.destroyed) errorBuffer(state);
  finishMaybe(stream, state);
}

// Fails every queued write and end() callback (the stream was destroyed
// or errored).
function errorBuffer(state) {
  if (state.writing) return;
  for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
    var entry = state.buffered[n];
    state.length -= state.objectMode ? 1 : entry.chunk.length;
    entry.callback(state.errored != null ? state.errored : errors.destroyed('write'));
  }
  var callbacks = state.onFinished.splice(0);
  for (var i = 0; i < callbacks.length; i++) {
    callbacks[i](state.errored != null ? state.errored : errors.destroyed('end'));
  }
  resetBuffer(state);
}

// Writes out what is queued: in one _writev() call when there are several
// chunks and the stream has one, else one by one until a write is pending.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) return;
  var buffered = state.buffered;
  var i = state.bufferedIndex;
  var count = buffered.length - i;
  if (!count) return;

  state.bufferProcessing = true;
  if (count > 1 && stream._writev) {
    state.pendingcb -= count - 1;
    var callback = state.allNoop ? nop : makeWritevCallback(buffered, i);
    var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      var entry = buffered[i];
      buffered[i++] = null;
      var len = state.objectMode ? 1 : entry.chunk.length;
      doWrite(stream, state, false, len, entry.chunk, entry.encoding, entry.callback);
    } while (i < buffered.length && !state.writing);
    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

function makeWritevCallback(buffered, start) {
  return function (err) {
    for (var n = start; n < buffered.length; ++n) buffered[n].callback(err);
  };
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) this._writev([{ chunk: chunk, encoding: encoding }], cb);
  else throw errors.methodNotImplemented('_write()');
};

Writable.prototype._writev = null;

Writable.prototype.end = function end(chunk, encoding, cb) {
  var state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  var err;
  if (chunk !== null && chunk !== undefined) {
    var ret = writeChunk(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write's error is the end's.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state);
    state.ended = true;
    // A _final() that failed synchronously has already called back the
    // end() callbacks it knew of; this one gets the error too.
    if (state.errored) err = state.errored;
  } else if (state.finished) {
    err = errors.alreadyFinished('end');
  } else if (state.destroyed) {
    err = errors.destroyed('end');
  }

  if (typeof cb === 'function') {
    if (err || state.finished) process.nextTick(cb, err);
    else state.onFinished.push(cb);
  }
  return this;
};

function needFinish(state) {
  return state.ending && !state.destroyed && state.constructed && state.length === 0 &&
    !state.errored && state.buffered.length === 0 && !state.finished && !state.writing &&
    !state.errorEmitted && !state.closeEmitted;
}

function callFinal(stream, state) {
  var called = false;
  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      var callbacks = state.onFinished.splice(0);
      for (var i = 0; i < callbacks.length; i++) callbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }
  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

// 'finish' comes on a later tick than the write or end() that completed
// the stream, whether that call was synchronous or not (as Node 20).
function finishMaybe(stream, state) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  state.pendingcb++;
  process.nextTick(finishIfNeeded, stream, state);
}

function finishIfNeeded(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;
  var callbacks = state.onFinished.splice(0);
  for (var i = 0; i < callbacks.length; i++) callbacks[i](null);
  stream.emit('finish');
  if (state.autoDestroy) {
    // A Duplex is destroyed only once its readable side ended too.
    var r = stream._readableState;
    if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
  }
}

var defineGetters = require('internal/streams/utils').defineGetters;

var writableGetters = {
  closed: function () { return this._writableState ? this._writableState.closed : false; },
  destroyed: {
    get: function () { return this._writableState ? this._writableState.destroyed : false; },
    set: function (value) { if (this._writableState) this._writableState.destroyed = value; }
  },
  writable: {
    get: function () {
      var w = this._writableState;
      return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending && !w.ended;
    },
    set: function (val) {
      if (this._writableState) this._writableState.writable = !!val;
    }
  },
  writableFinished: function () { return this._writableState ? this._writableState.finished : false; },
  writableObjectMode: function () { return this._writableState ? this._writableState.objectMode : false; },
  writableBuffer: function () { return this._writableState && this._writableState.getBuffer(); },
  writableEnded: function () { return this._writableState ? this._writableState.ending : false; },
  writableNeedDrain: function () {
    var w = this._writableState;
    return !!w && !w.destroyed && !w.ending && w.needDrain;
  },
  writableHighWaterMark: function () { return this._writableState && this._writableState.highWaterMark; },
  writableCorked: function () { return this._writableState ? this._writableState.corked : 0; },
  writableLength: function () { return this._writableState && this._writableState.length; },
  errored: function () { return this._writableState ? this._writableState.errored : null; },
  writableAborted: function () {
    var w = this._writableState;
    return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
  }
};
defineGetters(Writable.prototype, writableGetters);

Writable.prototype.destroy = function destroy(err, cb) {
  var state = this._writableState;
  // Queued writes and end() callbacks fail on the next tick.
  if (!state.destroyed && (state.bufferedIndex < state.buffered.length || state.onFinished.length)) {
    process.nextTick(errorBuffer, state);
  }
  destroyImpl.destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Writable.getters = writableGetters;

module.exports = Writable;
