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

function StatWatcher() {
  EventEmitter.call(this);
  this._handle = {};
  var self = this;
  this._handle.onchange = function (curr, prev) {
    self.emit('change', curr, prev);
  };
}
inherits(StatWatcher, EventEmitter);

StatWatcher.prototype.stop = function () {
  binding.watcherStop(this._handle);
  var self = this;
  process.nextTick(function () { self.emit('stop'); });
};
StatWatcher.prototype.ref = function () {
  binding.watcherRef(this._handle, true);
  return this;
};
StatWatcher.prototype.unref = function () {
  binding.watcherRef(this._handle, false);
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
    w = new StatWatcher();
    binding.pollStart(w._handle, path, interval);
    if (!persistent) w.unref();
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
