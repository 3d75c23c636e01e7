// require('fs'): Node 20's file system API over libuv (bindings/fs*.c).
// Each call validates its arguments here and makes one binding call: with a
// callback it runs on libuv's thread pool, without one it blocks (the *Sync
// functions). Callbacks get exactly the arguments Node gives them.
'use strict';

var Buffer = require('buffer').Buffer;

var binding = internalBinding('fs');
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');
var constants = u.constants;

var getValidatedPath = u.getValidatedPath;
var getValidatedFd = u.getValidatedFd;
var stringToFlags = u.stringToFlags;
var parseFileMode = u.parseFileMode;
var makeCallback = u.makeCallback;
var getOptions = u.getOptions;

var F_OK = constants.F_OK;
var O_RDONLY = constants.O_RDONLY;
var kReadFileDefaults = { encoding: null, flag: 'r' };
var kWriteFileDefaults = { encoding: 'utf8', mode: 438, flag: 'w' };
var kAppendFileDefaults = { encoding: 'utf8', mode: 438, flag: 'a' };

function maybeCallback(cb) {
  return makeCallback(cb);
}

// ---- open / close ----

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 438));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 438;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 438;
  }
  flags = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 438);
  binding.open(path, flags, mode, makeCallback(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function defaultCloseCallback(err) {
  if (err !== null && err !== undefined) throw err;
}

function close(fd, callback) {
  fd = getValidatedFd(fd);
  if (callback === undefined) callback = defaultCloseCallback;
  binding.close(fd, makeCallback(callback));
}

// ---- read / write ----

function validatePosition(position, name) {
  if (position === null || position === undefined) return -1;
  if (typeof position === 'bigint') return Number(position);
  u.validateInteger(position, name || 'position', -1);
  return position;
}

// The arguments of read/readSync after the fd: (buffer, offset, length,
// position) or (buffer, options) or (options).
function readArgs(buffer, offset, length, position) {
  if (buffer !== null && typeof buffer === 'object' && !u.isArrayBufferView(buffer)) {
    var o = buffer;
    buffer = o.buffer !== undefined ? o.buffer : allocBuffer(16384);
    offset = o.offset; length = o.length; position = o.position;
  } else if (offset !== null && typeof offset === 'object') {
    var opts = offset;
    offset = opts.offset; length = opts.length; position = opts.position;
  }
  u.validateBuffer(buffer);
  var bytes = u.asBytes(buffer);
  if (offset === undefined || offset === null) offset = 0;
  else u.validateInteger(offset, 'offset', 0);
  if (length === undefined) length = bytes.length - offset;
  u.validateInteger(length, 'length', 0, 2147483647);
  u.validateOffsetLength(offset, length, bytes.length);
  return { buffer: buffer, bytes: bytes, offset: offset, length: length,
           position: validatePosition(position) };
}

function allocBuffer(n) {
  return Buffer.alloc(n);
}

function readSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  var a = readArgs(buffer, offset, length, position);
  if (a.length === 0) return 0;
  return binding.read(fd, a.bytes, a.offset, a.length, a.position);
}

function read(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  if (typeof buffer === 'function') {
    callback = buffer;
    buffer = {};
  } else if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
  } else if (typeof length === 'function') {
    callback = length;
    length = undefined;
  } else if (typeof position === 'function') {
    callback = position;
    position = undefined;
  }
  makeCallback(callback);
  var a = readArgs(buffer, offset, length, position);
  var buf = a.buffer;
  if (a.length === 0) {
    process.nextTick(function () { callback(null, 0, buf); });
    return;
  }
  binding.read(fd, a.bytes, a.offset, a.length, a.position, function (err, n) {
    callback(err, n || 0, buf);
  });
}

// write(fd, buffer[, offset[, length[, position]]]) or
// write(fd, string[, position[, encoding]]).

// The buffer form's arguments, checked (offset may be an options object).
function writeArgs(buffer, offset, length, position) {
  var bytes = u.asBytes(buffer);
  if (offset !== null && typeof offset === 'object') {
    var o = offset;
    offset = o.offset; length = o.length; position = o.position;
  }
  if (offset === undefined || offset === null) offset = 0;
  else u.validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') length = bytes.length - offset;
  if (typeof position !== 'number') position = null;
  u.validateOffsetLength(offset, length, bytes.length);
  return { bytes: bytes, offset: offset, length: length, position: validatePosition(position) };
}

function writeSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  if (u.isArrayBufferView(buffer)) {
    var a = writeArgs(buffer, offset, length, position);
    return binding.write(fd, a.bytes, a.offset, a.length, a.position);
  }
  if (typeof buffer !== 'string') {
    throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  var enc = u.normalizeEncoding(length === undefined ? 'utf8' : length);
  var pos = typeof offset === 'number' ? offset : -1;
  if (enc === 'utf8') return binding.writeString(fd, buffer, pos);
  var b = u.toBuffer(buffer, enc);
  return binding.write(fd, b, 0, b.length, pos);
}

function write(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  var args = [offset, length, position, callback];
  var cbAt = 0;
  while (cbAt < 4 && typeof args[cbAt] !== 'function') cbAt++;
  callback = makeCallback(args[cbAt]);
  for (var i = cbAt; i < 4; i++) args[i] = undefined;
  offset = args[0]; length = args[1]; position = args[2];
  if (u.isArrayBufferView(buffer)) {
    var a = writeArgs(buffer, offset, length, position);
    binding.write(fd, a.bytes, a.offset, a.length, a.position, function (err, n) {
      callback(err, n || 0, buffer);
    });
    return;
  }
  if (typeof buffer !== 'string') {
    throw errors.invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  var enc = u.normalizeEncoding(length === undefined || length === null ? 'utf8' : length);
  var pos = typeof offset === 'number' ? offset : -1;
  var wrapper = function (err, n) { callback(err, n || 0, buffer); };
  if (enc === 'utf8') {
    binding.writeString(fd, buffer, pos, wrapper);
    return;
  }
  var b = u.toBuffer(buffer, enc);
  binding.write(fd, b, 0, b.length, pos, wrapper);
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  var total = 0;
  var pos = validatePosition(position);
  for (var i = 0; i < buffers.length; i++) {
    var bytes = u.asBytes(buffers[i]);
    var n = binding.read(fd, bytes, 0, bytes.length, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (n < bytes.length) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  var total = 0;
  var pos = validatePosition(position);
  for (var i = 0; i < buffers.length; i++) {
    var bytes = u.asBytes(buffers[i]);
    var n = binding.write(fd, bytes, 0, bytes.length, pos);
    total += n;
    if (pos >= 0) pos += n;
  }
  return total;
}

// readv/writev: one read or write per buffer, chained on the thread pool.
function vectored(op, fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  makeCallback(callback);
  var pos = validatePosition(position);
  var total = 0, i = 0;
  function next(err, n) {
    if (err) return callback(err, total, buffers);
    if (n !== undefined) {
      total += n;
      if (pos >= 0) pos += n;
      if (op === binding.read && n < u.asBytes(buffers[i - 1]).length) i = buffers.length;
    }
    if (i >= buffers.length) return callback(null, total, buffers);
    var bytes = u.asBytes(buffers[i++]);
    op(fd, bytes, 0, bytes.length, pos, next);
  }
  next(null);
}

function readv(fd, buffers, position, callback) {
  vectored(binding.read, fd, buffers, position, callback);
}

function writev(fd, buffers, position, callback) {
  vectored(binding.write, fd, buffers, position, callback);
}

// ---- readFile / writeFile / appendFile ----

function fileTarget(path) {
  if (typeof path === 'number') return getValidatedFd(path);
  return getValidatedPath(path);
}

// The options of readFile: [encoding, flags]. A string or nothing is the
// common case and takes no object.
function readFileArgs(options) {
  if (options === undefined || options === null) return [null, O_RDONLY];
  if (typeof options === 'string') return [u.normalizeEncoding(options), O_RDONLY];
  options = getOptions(options, kReadFileDefaults);
  return [u.normalizeEncoding(options.encoding),
          stringToFlags(options.flag === undefined ? 'r' : options.flag)];
}

function readFileSync(path, options) {
  var a = readFileArgs(options);
  var enc = a[0], flags = a[1];
  var target = fileTarget(path);
  var data = binding.readFile(target, flags, enc === 'utf8');
  if (enc === 'utf8' || !enc || enc === 'buffer') return data;
  return u.decode(data, enc);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  var a = readFileArgs(options);
  var enc = a[0], flags = a[1];
  var target = fileTarget(path);
  if (enc === 'utf8' || !enc || enc === 'buffer') {
    binding.readFile(target, flags, enc === 'utf8', callback);
    return;
  }
  binding.readFile(target, flags, false, function (err, data) {
    if (err) return callback(err);
    var s;
    try { s = u.decode(data, enc); } catch (e) { return callback(e); }
    callback(null, s);
  });
}

function writeData(data, enc) {
  if (typeof data === 'string') {
    return enc === 'utf8' || enc === null ? data : u.toBuffer(data, enc);
  }
  if (u.isArrayBufferView(data)) return data instanceof Uint8Array ? data : u.asBytes(data);
  throw errors.invalidArgType('data',
    'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

var O_WRITE = constants.O_TRUNC | constants.O_CREAT | constants.O_WRONLY;

function writeFileSync(path, data, options) {
  if (options === undefined && typeof data === 'string') {
    binding.writeFile(fileTarget(path), data, O_WRITE, 438);
    return;
  }
  options = getOptions(options, kWriteFileDefaults);
  var enc = u.normalizeEncoding(options.encoding === undefined ? 'utf8' : options.encoding);
  var bytes = writeData(data, enc);
  var target = fileTarget(path);
  var flags = stringToFlags(options.flag === undefined ? 'w' : options.flag);
  binding.writeFile(target, bytes, flags, parseFileMode(options.mode, 'mode', 438));
}

function writeFile(path, data, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  if (options === undefined && typeof data === 'string') {
    binding.writeFile(fileTarget(path), data, O_WRITE, 438, callback);
    return;
  }
  options = getOptions(options, kWriteFileDefaults);
  var enc = u.normalizeEncoding(options.encoding === undefined ? 'utf8' : options.encoding);
  var bytes = writeData(data, enc);
  var target = fileTarget(path);
  var flags = stringToFlags(options.flag === undefined ? 'w' : options.flag);
  binding.writeFile(target, bytes, flags, parseFileMode(options.mode, 'mode', 438), callback);
}

function appendOptions(options) {
  options = getOptions(options, kAppendFileDefaults);
  if (options.flag === undefined || options === kAppendFileDefaults) {
    var o = {};
    for (var k in options) o[k] = options[k];
    if (o.flag === undefined) o.flag = 'a';
    options = o;
  }
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  writeFile(path, data, appendOptions(options), callback);
}

// ---- stat ----

function statOptions(options) {
  if (options !== undefined && options !== null && typeof options === 'object' && options.bigint === true) {
    throw errors.nodeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'BigInt stats are not available in duv (the engine has no BigInt)');
  }
}

// statSync/lstatSync with throwIfNoEntry: false: a missing entry is
// undefined. (The common path calls the binding directly.)
function statOrUndefined(call, path) {
  try { return call(path); } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
    throw e;
  }
}
function statSync(path, options) {
  statOptions(options);
  path = getValidatedPath(path);
  if (options && options.throwIfNoEntry === false) return statOrUndefined(binding.stat, path);
  return binding.stat(path);
}
function lstatSync(path, options) {
  statOptions(options);
  path = getValidatedPath(path);
  if (options && options.throwIfNoEntry === false) return statOrUndefined(binding.lstat, path);
  return binding.lstat(path);
}

function fstatSync(fd, options) {
  statOptions(options);
  return binding.fstat(getValidatedFd(fd));
}

// The callback forms: (target, [options], callback), the callback checked
// first, then the options, then the target (Node's order).
function statCall(call, validate, target, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  statOptions(options);
  call(validate(target), callback);
}
function stat(path, options, callback) { statCall(binding.stat, getValidatedPath, path, options, callback); }
function lstat(path, options, callback) { statCall(binding.lstat, getValidatedPath, path, options, callback); }
function fstat(fd, options, callback) { statCall(binding.fstat, getValidatedFd, fd, options, callback); }

function statfsSync(path, options) {
  statOptions(options);
  return binding.statfs(getValidatedPath(path));
}

function statfs(path, options, callback) { statCall(binding.statfs, getValidatedPath, path, options, callback); }

// ---- exists / access ----

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (e) {
    return false;
  }
  return binding.existsSync(path);
}

function exists(path, callback) {
  makeCallback(callback);
  try {
    path = getValidatedPath(path);
  } catch (e) {
    process.nextTick(callback, false);
    return;
  }
  try {
    binding.access(path, F_OK, function (err) { callback(!err); });
  } catch (e) {
    process.nextTick(callback, false);
  }
}

function accessMode(mode) {
  if (mode === undefined || mode === null) return F_OK;
  u.validateInteger(mode, 'mode');
  if (mode < 0 || mode > 7) {
    var e = new RangeError('mode is out of range: >= 0 && <= 7');
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return mode;
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), accessMode(mode));
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  makeCallback(callback);
  binding.access(getValidatedPath(path), accessMode(mode), callback);
}

// ---- directories ----

var recursive = require('internal/fs/recursive');

function mkdirArgs(options) {
  var mode = 511, rec = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode', 511);
  } else if (options !== undefined && options !== null) {
    if (options.recursive !== undefined) rec = u.validateBoolean(options.recursive, 'options.recursive');
    mode = parseFileMode(options.mode, 'mode', 511);
  }
  return { mode: mode, recursive: rec };
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  var a = mkdirArgs(options);
  if (a.recursive) return recursive.mkdirpSync(path, a.mode);
  binding.mkdir(path, a.mode);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  path = getValidatedPath(path);
  var a = mkdirArgs(options);
  if (a.recursive) return recursive.mkdirp(path, a.mode, callback);
  binding.mkdir(path, a.mode, callback);
}

function tempTemplate(prefix) {
  prefix = getValidatedPath(prefix, 'prefix');
  return prefix;
}

function mkdtempSync(prefix, options) {
  prefix = tempTemplate(prefix);
  var made = binding.mkdtemp(prefix + 'XXXXXX');
  return prefix + made.slice(made.length - 6);
}

function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  prefix = tempTemplate(prefix);
  binding.mkdtemp(prefix + 'XXXXXX', function (err, made) {
    if (err) callback(err);
    else callback(null, prefix + made.slice(made.length - 6));
  });
}

function readdirOptions(options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  return options;
}

function readdirResult(path, result, options) {
  if (options.withFileTypes) return u.makeDirents(path, result[0], result[1], lstatOrNull);
  if (options.encoding === 'buffer') {
    for (var i = 0; i < result.length; i++) result[i] = u.toBuffer(result[i], 'utf8');
  }
  return result;
}

function lstatOrNull(p) {
  try { return binding.lstat(p); } catch (e) { return null; }
}

function readdirSync(path, options) {
  path = getValidatedPath(path);
  options = readdirOptions(options);
  if (options.recursive) return recursive.readdirRecursiveSync(path, options);
  return readdirResult(path, binding.scandir(path, !!options.withFileTypes), options);
}

function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  path = getValidatedPath(path);
  options = readdirOptions(options);
  if (options.recursive) {
    recursive.readdirRecursive(path, options, callback);
    return;
  }
  binding.scandir(path, !!options.withFileTypes, function (err, result) {
    if (err) return callback(err);
    var out;
    try { out = readdirResult(path, result, options); } catch (e) { return callback(e); }
    callback(null, out);
  });
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) return recursive.rmSync(path, { recursive: true, force: false });
  binding.rmdir(path);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) return recursive.rm(path, { recursive: true, force: false }, callback);
  binding.rmdir(path, callback);
}

// ---- simple path operations ----

function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }
function unlink(path, callback) {
  makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}
function rename(oldPath, newPath, callback) {
  makeCallback(callback);
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function copyMode(mode) {
  if (mode === undefined || mode === null) return 0;
  u.validateInteger(mode, 'mode');
  if (mode < 0 || mode > 7) {
    var e = new RangeError('mode is out of range: >= 0 && <= 7');
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  return mode;
}

function copyFileSync(src, dest, mode) {
  binding.copyfile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), copyMode(mode));
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  makeCallback(callback);
  binding.copyfile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), copyMode(mode), callback);
}

function symlinkFlags(type) {
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type === undefined || type === null || type === 'file') return 0;
  throw errors.invalidArgValue('type', type, "must be one of: 'dir', 'file', 'junction'");
}

function symlinkSync(target, path, type) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), symlinkFlags(type));
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  makeCallback(callback);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), symlinkFlags(type), callback);
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}
function link(existingPath, newPath, callback) {
  makeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), callback);
}

function encoded(s, options) {
  var enc = options === undefined || options === null ? null :
    (typeof options === 'string' ? options : options.encoding);
  if (enc === 'buffer') return u.toBuffer(s, 'utf8');
  return s;
}

function readlinkSync(path, options) {
  return encoded(binding.readlink(getValidatedPath(path, 'oldPath')), options);
}
function readlink(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  binding.readlink(getValidatedPath(path, 'oldPath'), function (err, s) {
    if (err) callback(err);
    else callback(null, encoded(s, options));
  });
}

// realpath walks the path with lstat in Node (realpath.native asks the
// system): its errors name the first component that fails, as lstat.
var pathModule = require('path');

function prefixesOf(path) {
  var abs = pathModule.resolve(path);
  var parts = abs.split('/');
  var out = [];
  for (var i = 2; i <= parts.length; i++) out.push(parts.slice(0, i).join('/') || '/');
  return out;
}

function lstatFailure(path) {
  var list = prefixesOf(path);
  for (var i = 0; i < list.length; i++) {
    try { binding.lstat(list[i]); } catch (e) { return e; }
  }
  return null;
}

function realpathSync(path, options) {
  path = getValidatedPath(path);
  try {
    return encoded(binding.realpath(path), options);
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw lstatFailure(path) || e;
    throw e;
  }
}
function realpath(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.realpath(path, function (err, s) {
    if (!err) return callback(null, encoded(s, options));
    if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') return callback(err);
    var list = prefixesOf(path), i = 0;
    (function next() {
      if (i === list.length) return callback(err);
      binding.lstat(list[i++], function (e) {
        if (e) callback(e);
        else next();
      });
    })();
  });
}
function realpathNativeSync(path, options) {
  return encoded(binding.realpath(getValidatedPath(path)), options);
}
function realpathNative(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  binding.realpath(getValidatedPath(path), function (err, s) {
    if (err) callback(err);
    else callback(null, encoded(s, options));
  });
}
realpathSync.native = realpathNativeSync;
realpath.native = realpathNative;

// The callback forms below check their arguments in the order they are
// written, the callback last (makeCallback), as Node's do.
function chmodSync(path, mode) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'));
}
function chmod(path, mode, callback) {
  binding.chmod(getValidatedPath(path), parseFileMode(mode, 'mode'), makeCallback(callback));
}
function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}
function fchmod(fd, mode, callback) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), makeCallback(callback));
}

function validateId(v, name) {
  u.validateInteger(v, name, -1, 4294967295);
  return v;
}

function chownSync(path, uid, gid) {
  binding.chown(getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'));
}
function chown(path, uid, gid, callback) {
  binding.chown(getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}
function lchownSync(path, uid, gid) {
  binding.lchown(getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'));
}
function lchown(path, uid, gid, callback) {
  binding.lchown(getValidatedPath(path), validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}
function fchownSync(fd, uid, gid) {
  binding.fchown(getValidatedFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid'));
}
function fchown(fd, uid, gid, callback) {
  binding.fchown(getValidatedFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid'), makeCallback(callback));
}

var stamp = u.toUnixTimestamp;
function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), stamp(atime), stamp(mtime));
}
function utimes(path, atime, mtime, callback) {
  binding.utimes(getValidatedPath(path), stamp(atime), stamp(mtime), makeCallback(callback));
}
function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), stamp(atime), stamp(mtime));
}
function lutimes(path, atime, mtime, callback) {
  binding.lutimes(getValidatedPath(path), stamp(atime), stamp(mtime), makeCallback(callback));
}
function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), stamp(atime), stamp(mtime));
}
function futimes(fd, atime, mtime, callback) {
  binding.futimes(getValidatedFd(fd), stamp(atime), stamp(mtime), makeCallback(callback));
}

function truncLen(len) {
  if (len === undefined || len === null) return 0;
  u.validateInteger(len, 'len');
  return len < 0 ? 0 : len;
}

function ftruncateSync(fd, len) {
  binding.ftruncate(getValidatedFd(fd), truncLen(len));
}
function ftruncate(fd, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  len = truncLen(len);
  var fd = openSync(path, 'r+');
  try {
    binding.ftruncate(fd, len);
  } finally {
    binding.close(fd);
  }
}
function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  len = truncLen(len);
  makeCallback(callback);
  open(path, 'r+', function (err, fd) {
    if (err) return callback(err);
    binding.ftruncate(fd, len, function (err1) {
      binding.close(fd, function (err2) { callback(err1 || err2 || null); });
    });
  });
}

function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fsync(fd, callback) { binding.fsync(getValidatedFd(fd), makeCallback(callback)); }
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }
function fdatasync(fd, callback) { binding.fdatasync(getValidatedFd(fd), makeCallback(callback)); }

// ---- rm / cp ----

function rmSync(path, options) {
  return recursive.rmSync(getValidatedPath(path), recursive.rmOptions(options));
}
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  path = getValidatedPath(path);
  recursive.rm(path, recursive.rmOptions(options), callback);
}

function cpSync(src, dest, options) {
  recursive.cpSync(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), recursive.cpOptions(options));
}
function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  makeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  options = recursive.cpOptions(options);
  recursive.cp(src, dest, options, function (err) {
    // Node's callbackified cp: (err) on failure, (null, undefined) on success.
    if (err) callback(err);
    else callback(null, undefined);
  });
}

// ---- Dir, watchers ----

var dir = require('internal/fs/dir');
var watchers = require('internal/fs/watchers');

var promises;
var streams;

function lazyStreams() {
  if (streams === undefined) streams = require('internal/fs/streams');
  return streams;
}

module.exports = {
  constants: constants,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
  Stats: u.Stats,
  Dirent: u.Dirent,
  Dir: dir.Dir,
  opendir: dir.opendir,
  opendirSync: dir.opendirSync,
  access: access, accessSync: accessSync,
  appendFile: appendFile, appendFileSync: appendFileSync,
  chmod: chmod, chmodSync: chmodSync,
  chown: chown, chownSync: chownSync,
  close: close, closeSync: closeSync,
  copyFile: copyFile, copyFileSync: copyFileSync,
  cp: cp, cpSync: cpSync,
  exists: exists, existsSync: existsSync,
  fchmod: fchmod, fchmodSync: fchmodSync,
  fchown: fchown, fchownSync: fchownSync,
  fdatasync: fdatasync, fdatasyncSync: fdatasyncSync,
  fstat: fstat, fstatSync: fstatSync,
  fsync: fsync, fsyncSync: fsyncSync,
  ftruncate: ftruncate, ftruncateSync: ftruncateSync,
  futimes: futimes, futimesSync: futimesSync,
  // lchmod exists on macOS only: the names are there, undefined, as in Node.
  lchmod: undefined,
  lchmodSync: undefined,
  lchown: lchown, lchownSync: lchownSync,
  link: link, linkSync: linkSync,
  lstat: lstat, lstatSync: lstatSync,
  lutimes: lutimes, lutimesSync: lutimesSync,
  mkdir: mkdir, mkdirSync: mkdirSync,
  mkdtemp: mkdtemp, mkdtempSync: mkdtempSync,
  open: open, openSync: openSync,
  read: read, readSync: readSync,
  readv: readv, readvSync: readvSync,
  readdir: readdir, readdirSync: readdirSync,
  readFile: readFile, readFileSync: readFileSync,
  readlink: readlink, readlinkSync: readlinkSync,
  realpath: realpath, realpathSync: realpathSync,
  rename: rename, renameSync: renameSync,
  rm: rm, rmSync: rmSync,
  rmdir: rmdir, rmdirSync: rmdirSync,
  stat: stat, statSync: statSync,
  statfs: statfs, statfsSync: statfsSync,
  symlink: symlink, symlinkSync: symlinkSync,
  truncate: truncate, truncateSync: truncateSync,
  unlink: unlink, unlinkSync: unlinkSync,
  utimes: utimes, utimesSync: utimesSync,
  watch: watchers.watch,
  watchFile: watchers.watchFile,
  unwatchFile: watchers.unwatchFile,
  write: write, writeSync: writeSync,
  writev: writev, writevSync: writevSync,
  writeFile: writeFile, writeFileSync: writeFileSync
};

module.exports._toUnixTimestamp = u.toUnixTimestamp;
module.exports.createReadStream = function createReadStream(path, options) {
  return lazyStreams().createReadStream(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  return lazyStreams().createWriteStream(path, options);
};
[['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
 ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']].forEach(function (pair) {
  var name = pair[0];
  Object.defineProperty(module.exports, name, {
    enumerable: true,
    configurable: true,
    get: function () { return lazyStreams()[pair[1]]; },
    set: function (v) { Object.defineProperty(module.exports, name, { value: v, writable: true, enumerable: true, configurable: true }); }
  });
});

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: function () {
    if (promises === undefined) promises = require('internal/fs/promises');
    return promises;
  }
});
