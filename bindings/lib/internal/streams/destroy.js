// destroy(), errors and _construct for Readable and Writable (and so Duplex):
// one error is recorded per stream (`errored`), 'error' is emitted at most
// once and always before 'close', both on a later tick.
'use strict';

var errors = require('internal/streams/errors');
var utils = require('internal/streams/utils');

var kDestroy = typeof Symbol === 'function' ? Symbol('kDestroy') : '__kDestroy';
var kConstruct = typeof Symbol === 'function' ? Symbol('kConstruct') : '__kConstruct';

// Records err as the stream's error on both sides unless one is recorded.
// Reading .stack first fixes the stack at the point of failure, as V8's
// lazily formatted stacks would otherwise show later frames.
function recordError(err, w, r) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  var r = this._readableState;
  var w = this._writableState;
  var s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    var self = this;
    this.once(kDestroy, function (er) {
      startDestroy(self, er || err, cb);
    });
  } else {
    startDestroy(this, err, cb);
  }
  return this;
}

function startDestroy(self, err, cb) {
  var called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    var r = self._readableState;
    var w = self._writableState;
    recordError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorCloseNT, self, er);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  var r = self._readableState;
  var w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  var r = self._readableState;
  var w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function undestroy() {
  var r = this._readableState;
  var w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error met while streaming: destroys the stream when it auto-destroys,
// else records the error and emits 'error' (on the next tick when sync).
function errorOrDestroy(stream, err, sync) {
  var r = stream._readableState;
  var w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct(cb) on the next tick; until cb is called the
// stream neither reads nor writes, and a destroy() waits for it.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  var r = stream._readableState;
  var w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  var called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : errors.multipleCallback());
      return;
    }
    called = true;
    var r = stream._readableState;
    var w = stream._writableState;
    var s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else process.nextTick(emitConstructNT, stream);
  }
  try {
    stream._construct(function (err) {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function emitConstructNT(stream) {
  stream.emit(kConstruct);
}

// stream.destroy(stream, err) for anything stream-like (pipeline's
// destroyer): streams with destroy(), else close(), else the events.
function destroyer(stream, err) {
  if (!stream || utils.isDestroyed(stream)) return;
  if (utils.isRequest(stream)) stream.abort();
  else if (utils.isRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick(function () { stream.emit('error', err); });
  else process.nextTick(function () { stream.emit('close'); });
  if (!stream.destroyed) stream[utils.kIsDestroyed] = true;
}

exports.destroy = destroy;
exports.undestroy = undestroy;
exports.errorOrDestroy = errorOrDestroy;
exports.construct = construct;
exports.destroyer = destroyer;
exports.kDestroy = kDestroy;

