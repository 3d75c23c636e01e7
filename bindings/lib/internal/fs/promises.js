// fs.promises / require('fs/promises'): the callback API behind duv's native
// Promise, and FileHandle for open().
'use strict';

var Buffer = require('buffer').Buffer;

var fs = require('fs');
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');
var binding = internalBinding('fs');

// A promise-returning version of a callback function whose callback gets
// (err[, value]).
function wrap(fn) {
  return function () {
    var args = Array.prototype.slice.call(arguments);
    var self = this;
    return new Promise(function (resolve, reject) {
      args.push(function (err, value) {
        if (err) reject(err);
        else resolve(value);
      });
      fn.apply(self, args);
    });
  };
}

// Run fn (which may throw synchronously for bad arguments) and turn a throw
// into a rejection, as Node's async functions do.
function attempt(fn, args) {
  try {
    return fn.apply(null, args);
  } catch (e) {
    return Promise.reject(e);
  }
}

function promisified(fn) {
  var w = wrap(fn);
  return function () { return attempt(w, arguments); };
}

// ---- FileHandle ----

function closedError() {
  var e = u.uvException(-9, 'close');
  return e;
}

function FileHandle(fd) {
  this._fd = fd;
  this._closing = null;
  binding.closeOnCollect(this);
}

Object.defineProperty(FileHandle.prototype, 'fd', {
  get: function () { return this._fd; }, enumerable: true, configurable: true
});

FileHandle.prototype.getAsyncId = function () { return this._fd; };

FileHandle.prototype._check = function () {
  if (this._fd < 0) {
    var e = errors.nodeError(Error, 'EBADF', 'file closed');
    e.syscall = 'read';
    e.errno = -9;
    return e;
  }
  return null;
};

function handleOp(name, fn) {
  FileHandle.prototype[name] = function () {
    var bad = this._check();
    if (bad) return Promise.reject(bad);
    return attempt(fn, [this].concat(Array.prototype.slice.call(arguments)));
  };
}

handleOp('read', function (h, buffer, offset, length, position) {
  return new Promise(function (resolve, reject) {
    if (buffer === undefined || buffer === null || (typeof buffer === 'object' && !u.isArrayBufferView(buffer))) {
      var o = buffer || {};
      buffer = o.buffer !== undefined ? o.buffer :
        (Buffer.alloc(16384));
      offset = o.offset; length = o.length; position = o.position;
    } else if (offset !== null && typeof offset === 'object') {
      var opts = offset;
      offset = opts.offset; length = opts.length; position = opts.position;
    }
    if (offset === undefined) offset = 0;
    if (length === undefined) length = u.asBytes(buffer).length - offset;
    fs.read(h._fd, buffer, offset, length, position === undefined ? null : position, function (err, n) {
      if (err) reject(err);
      else resolve({ bytesRead: n, buffer: buffer });
    });
  });
});

handleOp('write', function (h, buffer, a, b, c) {
  return new Promise(function (resolve, reject) {
    function done(err, n) {
      if (err) reject(err);
      else resolve({ bytesWritten: n, buffer: buffer });
    }
    if (u.isArrayBufferView(buffer)) {
      if (a !== null && typeof a === 'object') {
        fs.write(h._fd, buffer, a.offset || 0,
          a.length === undefined ? u.asBytes(buffer).length - (a.offset || 0) : a.length,
          a.position === undefined ? null : a.position, done);
      } else {
        if (a === undefined) a = 0;
        if (b === undefined) b = u.asBytes(buffer).length - a;
        fs.write(h._fd, buffer, a, b, c === undefined ? null : c, done);
      }
    } else {
      fs.write(h._fd, buffer, a === undefined ? null : a, b === undefined ? 'utf8' : b, done);
    }
  });
});

handleOp('readFile', function (h, options) {
  return new Promise(function (resolve, reject) {
    fs.readFile(h._fd, options, function (err, data) {
      if (err) reject(err);
      else resolve(data);
    });
  });
});

handleOp('writeFile', function (h, data, options) {
  return new Promise(function (resolve, reject) {
    fs.writeFile(h._fd, data, options, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
});

handleOp('appendFile', function (h, data, options) {
  return new Promise(function (resolve, reject) {
    fs.writeFile(h._fd, data, options, function (err) {
      if (err) reject(err);
      else resolve();
    });
  });
});

function fdOp(name, fsName) {
  var fn = fs[fsName];
  handleOp(name, function (h) {
    var args = Array.prototype.slice.call(arguments, 1);
    return new Promise(function (resolve, reject) {
      args.unshift(h._fd);
      args.push(function (err, v) {
        if (err) reject(err);
        else resolve(v);
      });
      fn.apply(null, args);
    });
  });
}

fdOp('stat', 'fstat');
fdOp('truncate', 'ftruncate');
fdOp('sync', 'fsync');
fdOp('datasync', 'fdatasync');
fdOp('chmod', 'fchmod');
fdOp('chown', 'fchown');
fdOp('utimes', 'futimes');
fdOp('readv', 'readv');
fdOp('writev', 'writev');

FileHandle.prototype.close = function () {
  if (this._closing) return this._closing;
  if (this._fd < 0) return Promise.resolve();
  var self = this, fd = this._fd;
  this._closing = new Promise(function (resolve, reject) {
    binding.close(fd, function (err) {
      self._closing = null;
      if (err) return reject(err);
      self._fd = -1;
      resolve();
    });
  });
  return this._closing;
};

// ---- the module functions ----

function open(path, flags, mode) {
  return attempt(function () {
    return new Promise(function (resolve, reject) {
      fs.open(path, flags === undefined ? 'r' : flags, mode === undefined ? 438 : mode, function (err, fd) {
        if (err) reject(err);
        else resolve(new FileHandle(fd));
      });
    });
  }, []);
}

function target(file) {
  return file instanceof FileHandle ? file._fd : file;
}

function readFile(file, options) {
  if (file instanceof FileHandle) return file.readFile(options);
  return attempt(wrap(fs.readFile), [file, options]);
}

function writeFile(file, data, options) {
  if (file instanceof FileHandle) return file.writeFile(data, options);
  return attempt(wrap(fs.writeFile), [file, data, options]);
}

function appendFile(file, data, options) {
  if (file instanceof FileHandle) return file.appendFile(data, options);
  return attempt(wrap(fs.appendFile), [file, data, options]);
}

function exposed(name) { return promisified(fs[name]); }

module.exports = {
  constants: u.constants,
  access: exposed('access'),
  appendFile: appendFile,
  chmod: exposed('chmod'),
  chown: exposed('chown'),
  copyFile: exposed('copyFile'),
  cp: exposed('cp'),
  lchown: exposed('lchown'),
  lutimes: exposed('lutimes'),
  link: exposed('link'),
  lstat: exposed('lstat'),
  mkdir: exposed('mkdir'),
  mkdtemp: exposed('mkdtemp'),
  open: open,
  opendir: exposed('opendir'),
  readdir: exposed('readdir'),
  readFile: readFile,
  readlink: exposed('readlink'),
  realpath: exposed('realpath'),
  rename: exposed('rename'),
  rm: exposed('rm'),
  rmdir: exposed('rmdir'),
  stat: exposed('stat'),
  statfs: exposed('statfs'),
  symlink: exposed('symlink'),
  truncate: exposed('truncate'),
  unlink: exposed('unlink'),
  utimes: exposed('utimes'),
  writeFile: writeFile
};
void target;
