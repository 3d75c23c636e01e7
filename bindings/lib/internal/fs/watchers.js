// fs.watch (FSWatcher over uv_fs_event) and fs.watchFile / unwatchFile
// (StatWatcher over uv_fs_poll).
'use strict';

var binding = internalBinding('fs');
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');
var EventEmitter = require('events');
var pathModule = require('path');

function inherits(ctor, parent) {
  ctor.prototype = Object.create(parent.prototype, {
    constructor: { value: ctor, writable: true, configurable: true }
  });
}

// ---- FSWatcher ----

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = {};
  this._closed = false;
  var self = this;
  this._handle.onchange = function (err, eventType, filename) {
    if (err) {
      self.close();
      self.emit('error', err);
      return;
    }
    self.emit('change', eventType, filename);
  };
}
inherits(FSWatcher, EventEmitter);

FSWatcher.prototype.close = function () {
  if (this._closed) return;
  this._closed = true;
  binding.watcherStop(this._handle);
  var self = this;
  process.nextTick(function () { self.emit('close'); });
};

FSWatcher.prototype.ref = function () {
  if (!this._closed) binding.watcherRef(this._handle, true);
  return this;
};

FSWatcher.prototype.unref = function () {
  if (!this._closed) binding.watcherRef(this._handle, false);
  return this;
};

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = u.getOptions(options, {});
  var persistent = options.persistent === undefined ? true : options.persistent;
  var rec = options.recursive === undefined ? false : options.recursive;
  if (persistent !== undefined) u.validateBoolean(persistent, 'options.persistent');
  u.validateBoolean(rec, 'options.recursive');
  var path = u.getValidatedPath(filename, 'filename');
  if (rec && process.platform !== 'darwin' && process.platform !== 'win32') {
    // inotify watches one directory: libuv would silently ignore the flag
    // (Node 20 walks the tree in JS; duv does not yet). Node 18's error.
    throw errors.nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'The feature watch recursively is unavailable on the current platform, ' +
      'which is being used to run Node.js');
  }
  var w = new FSWatcher();
  try {
    binding.watchStart(w._handle, path, rec);
  } catch (e) {
    // Node's message names the path as given.
    throw e;
  }
  if (!persistent) w.unref();
  if (listener) w.on('change', listener);
  return w;
}

// ---- StatWatcher ----
// Polls with a timer and counted stat requests, as libuv's uv_fs_poll
// decides: the first stat is the baseline; later ones call back when the
// stats differ or the error changes; a missing file reads as zeroed stats.

var zeroStats = null;
function zero() {
  if (zeroStats === null) zeroStats = new u.Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  return zeroStats;
}

function sameStats(a, b) {
  return a.ctimeMs === b.ctimeMs && a.mtimeMs === b.mtimeMs && a.birthtimeMs === b.birthtimeMs &&
    a.size === b.size && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid &&
    a.ino === b.ino && a.dev === b.dev;
}

function StatWatcher() {
  EventEmitter.call(this);
  this._timer = null;
  this._prev = null;
  this._status = 0;   // 0: no stat yet, 1: ok, < 0: the last error's errno
  this._busy = false;
  this._stopped = false;
}
inherits(StatWatcher, EventEmitter);

StatWatcher.prototype._start = function (path, interval, persistent) {
  var self = this;
  this._path = path;
  this._timer = setInterval(function () { self._poll(); }, interval);
  if (!persistent) this._timer.unref();
  this._poll();
};

StatWatcher.prototype._poll = function () {
  if (this._busy || this._stopped) return;
  this._busy = true;
  var self = this;
  binding.stat(this._path, function (err, st) {
    self._busy = false;
    if (self._stopped) return;
    if (err) {
      if (self._status !== err.errno) {
        var prev = self._prev || zero();
        self._status = err.errno;
        self._prev = zero();
        self.emit('change', zero(), prev);
      }
      return;
    }
    var before = self._prev;
    var changed = self._status !== 0 && (self._status < 0 || !sameStats(before, st));
    self._prev = st;
    self._status = 1;
    if (changed) self.emit('change', st, before || zero());
  });
};

StatWatcher.prototype.stop = function () {
  if (this._stopped) return;
  this._stopped = true;
  clearInterval(this._timer);
  var self = this;
  process.nextTick(function () { self.emit('stop'); });
};
StatWatcher.prototype.ref = function () {
  if (this._timer) this._timer.ref();
  return this;
};
StatWatcher.prototype.unref = function () {
  if (this._timer) this._timer.unref();
  return this;
};

var statWatchers = Object.create(null);

function watchFile(filename, options, listener) {
  var path = u.getValidatedPath(filename, 'filename');
  var key = pathModule.resolve(path);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  var interval = 5007, persistent = true;
  if (options !== undefined && options !== null) {
    if (options.interval !== undefined) interval = options.interval;
    if (options.persistent !== undefined) persistent = options.persistent;
  }
  u.validateFunction(listener, 'listener');
  var w = statWatchers[key];
  if (w === undefined) {
    u.validateInteger(interval, 'interval', 1, 2147483647);
    w = new StatWatcher();
    w._start(path, interval, persistent);
    statWatchers[key] = w;
  }
  w.addListener('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  var path = u.getValidatedPath(filename, 'filename');
  var key = pathModule.resolve(path);
  var w = statWatchers[key];
  if (w === undefined) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    delete statWatchers[key];
  }
}

module.exports = { watch: watch, watchFile: watchFile, unwatchFile: unwatchFile,
                   FSWatcher: FSWatcher, StatWatcher: StatWatcher };
