// fs.Dir (opendir): a directory handle read a batch of entries at a time.
// `for await (const e of dir)` needs syntax Duktape does not parse; the
// Symbol.asyncIterator protocol is still there for code that calls next().
'use strict';

var binding = internalBinding('fs');
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');

function dirClosed() {
  return errors.nodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
}

function Dir(handle, path, options) {
  this._handle = handle;
  this._path = path;
  this._bufferSize = options.bufferSize;
  this._entries = [];
  this._closed = false;
  this._busy = false;
  this._queue = [];
}

Object.defineProperty(Dir.prototype, 'path', {
  get: function () { return this._path; }, enumerable: true, configurable: true
});

Dir.prototype._take = function () {
  return this._entries.length ? this._entries.shift() : null;
};

Dir.prototype._fill = function (result) {
  var names = result[0], types = result[1];
  for (var i = 0; i < names.length; i++) {
    var t = types[i];
    if (t === u.constants.UV_DIRENT_UNKNOWN) {
      var st = null;
      try { st = binding.lstat(this._path + '/' + names[i]); } catch (e) { st = null; }
      t = u.direntTypeOf(st);
    }
    this._entries.push(new u.Dirent(names[i], t, this._path));
  }
  return names.length;
};

Dir.prototype.readSync = function () {
  if (this._closed) throw dirClosed();
  if (this._busy) {
    throw errors.nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
      'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
  }
  if (this._entries.length === 0) this._fill(binding.dirRead(this._handle, this._bufferSize));
  return this._take();
};

// Run queued async operations one at a time, as libuv allows one request
// per directory handle.
Dir.prototype._run = function (op) {
  this._queue.push(op);
  if (!this._busy) this._next();
};

Dir.prototype._next = function () {
  var op = this._queue.shift();
  if (op === undefined) {
    this._busy = false;
    return;
  }
  this._busy = true;
  var self = this;
  op(function () { self._next(); });
};

Dir.prototype.read = function (callback) {
  var self = this;
  if (callback === undefined) {
    return new Promise(function (resolve, reject) {
      self.read(function (err, entry) {
        if (err) reject(err);
        else resolve(entry);
      });
    });
  }
  u.validateFunction(callback, 'callback');
  if (this._closed) throw dirClosed();
  this._run(function (done) {
    if (self._closed) {
      done();
      return callback(dirClosed());
    }
    if (self._entries.length) {
      var e = self._take();
      done();
      return callback(null, e);
    }
    binding.dirRead(self._handle, self._bufferSize, function (err, result) {
      if (err) {
        done();
        return callback(err);
      }
      self._fill(result);
      var entry = self._take();
      done();
      callback(null, entry);
    });
  });
};

Dir.prototype.closeSync = function () {
  if (this._closed) throw dirClosed();
  if (this._busy) {
    throw errors.nodeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
      'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
  }
  this._closed = true;
  binding.dirClose(this._handle);
};

Dir.prototype.close = function (callback) {
  var self = this;
  if (callback === undefined) {
    return new Promise(function (resolve, reject) {
      self.close(function (err) {
        if (err) reject(err);
        else resolve();
      });
    });
  }
  u.validateFunction(callback, 'callback');
  if (this._closed) {
    process.nextTick(callback, dirClosed());
    return;
  }
  this._closed = true;
  this._run(function (done) {
    binding.dirClose(self._handle, function (err) {
      done();
      callback(err || null);
    });
  });
};

if (typeof Symbol === 'function' && typeof Symbol.asyncIterator === 'symbol') {
  Dir.prototype[Symbol.asyncIterator] = function () {
    var self = this;
    return {
      next: function () {
        return self.read().then(function (entry) {
          if (entry === null) {
            return self.close().then(function () { return { value: undefined, done: true }; });
          }
          return { value: entry, done: false };
        });
      }
    };
  };
}

function dirOptions(options) {
  var size = 32;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
    if (options.bufferSize !== undefined) {
      u.validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
      size = options.bufferSize;
    }
  }
  return { bufferSize: size };
}

function opendirSync(path, options) {
  path = u.getValidatedPath(path);
  options = dirOptions(options);
  return new Dir(binding.opendir(path), path, options);
}

function opendir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  u.makeCallback(callback);
  path = u.getValidatedPath(path);
  options = dirOptions(options);
  binding.opendir(path, function (err, handle) {
    if (err) callback(err);
    else callback(null, new Dir(handle, path, options));
  });
}

module.exports = { Dir: Dir, opendir: opendir, opendirSync: opendirSync };
