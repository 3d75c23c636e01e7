// Argument checks, flags, modes, Stats and Dirent for fs: Node's names,
// defaults and error messages. Kept short: every fs call runs through here.
'use strict';

var errors = require('internal/util/errors');
// Loading buffer makes the binding's byte results Buffers.
var Buffer = require('buffer').Buffer;
var binding = internalBinding('fs');
var constants = binding.constants;

var O_RDONLY = constants.O_RDONLY, O_WRONLY = constants.O_WRONLY, O_RDWR = constants.O_RDWR;
var O_CREAT = constants.O_CREAT, O_TRUNC = constants.O_TRUNC, O_APPEND = constants.O_APPEND;
var O_EXCL = constants.O_EXCL, O_SYNC = constants.O_SYNC;

var flagTable = {
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC, 'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC, 'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC
};

function stringToFlags(flags, name) {
  if (typeof flags === 'number') return flags;
  if (flags === undefined || flags === null) return O_RDONLY;
  var f = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (f === undefined) throw errors.invalidArgValue(name || 'flags', flags);
  return f;
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isArrayBufferView(v) {
  return v !== null && typeof v === 'object' && ArrayBuffer.isView(v);
}

function utf8Decode(bytes) {
  return binding.utf8Decode(bytes);
}

// A file: URL's path, as url.fileURLToPath gives it.
function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw errors.nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '' && url.hostname !== undefined) {
    throw errors.nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux');
  }
  var p = url.pathname;
  if (/%2f/i.test(p)) {
    throw errors.nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(p);
}

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

// A path argument as a string for the binding: strings, Buffers and file:
// URLs; NUL bytes are refused as Node does.
function getValidatedPath(path, name) {
  if (typeof path !== 'string') {
    if (isUint8Array(path)) {
      path = utf8Decode(path);
    } else if (isURL(path)) {
      path = fileURLToPath(path);
    } else {
      throw errors.invalidArgType(name || 'path',
        'of type string or an instance of Buffer or URL', path);
    }
  }
  if (path.indexOf('\u0000') !== -1) {
    throw errors.invalidArgValue(name || 'path', path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
  if (value % 1 !== 0) throw errors.outOfRange(name, 'an integer', value);
  if (min === undefined) min = -2147483648;
  if (max === undefined) max = 2147483647;
  if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

function getValidatedFd(fd, name) {
  if (typeof fd === 'number' && fd >= 0 && fd <= 2147483647 && fd % 1 === 0) return fd;
  return validateInt32(fd, name || 'fd', 0);
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
  if (value % 1 !== 0) throw errors.outOfRange(name, 'an integer', value);
  if (min === undefined) min = -9007199254740991;
  if (max === undefined) max = 9007199254740991;
  if (value < min || value > max) throw errors.outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  return value;
}

function validateUint32(value, name) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
  if (value % 1 !== 0) throw errors.outOfRange(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw errors.outOfRange(name, '>= 0 && <= 4294967295', value);
  return value;
}

var octalRe = /^[0-7]+$/;
var modeReason = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  if (value === undefined || value === null) return def;
  if (typeof value === 'string') {
    if (!octalRe.test(value)) throw errors.invalidArgValue(name, value, modeReason);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function validateFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'of type function', fn);
  return fn;
}

function makeCallback(cb) {
  return validateFunction(cb, 'cb');
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw errors.invalidArgType(name, 'of type boolean', value);
  return value;
}

var encodings = {
  'utf8': 'utf8', 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le',
  'utf-16le': 'utf16le', 'latin1': 'latin1', 'binary': 'latin1', 'base64': 'base64',
  'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii', 'buffer': 'buffer'
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null) return null;
  var e = typeof enc === 'string' ? (encodings[enc] || encodings[enc.toLowerCase()]) : undefined;
  if (e === undefined) throw errors.invalidArgValue('encoding', enc, 'is invalid encoding');
  return e;
}

// fs options: a string is the encoding; null and undefined give the
// defaults; anything but an object is refused.
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    var o = {};
    for (var k in defaults) o[k] = defaults[k];
    o.encoding = options;
    options = o;
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'one of type string or object', options);
  }
  if (options.encoding !== undefined && options.encoding !== 'buffer') normalizeEncoding(options.encoding);
  return options;
}

function toBuffer(string, encoding) {
  return Buffer.from(string, encoding);
}

function decode(bytes, encoding) {
  if (!encoding || encoding === 'buffer') return bytes;
  if (encoding === 'utf8') return binding.utf8Decode(bytes);
  return Buffer.prototype.toString.call(bytes, encoding);
}

// An error with code, errno, syscall and path as libuv reports them.
function uvException(errno, syscall, path, dest) {
  return binding.uvError(errno, syscall, path, dest);
}

// ---- Stats ----

var S_IFMT = constants.S_IFMT;

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
  this.blocks = blocks; this.atimeMs = atimeMs; this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
  // Node rounds the fraction of a millisecond (bindings/fs_stat.c too).
  this.atime = new Date(Math.round(atimeMs)); this.mtime = new Date(Math.round(mtimeMs));
  this.ctime = new Date(Math.round(ctimeMs)); this.birthtime = new Date(Math.round(birthtimeMs));
}

function modeIs(type) {
  return function () { return (this.mode & S_IFMT) === type; };
}

Stats.prototype._checkModeProperty = function (type) { return (this.mode & S_IFMT) === type; };
Stats.prototype.isFile = modeIs(constants.S_IFREG);
Stats.prototype.isDirectory = modeIs(constants.S_IFDIR);
Stats.prototype.isSymbolicLink = modeIs(constants.S_IFLNK);
Stats.prototype.isBlockDevice = modeIs(constants.S_IFBLK);
Stats.prototype.isCharacterDevice = modeIs(constants.S_IFCHR);
Stats.prototype.isFIFO = modeIs(constants.S_IFIFO);
Stats.prototype.isSocket = modeIs(constants.S_IFSOCK);
binding.setStats(Stats.prototype);

// StatFs, as statfs() gives it.
function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type; this.bsize = bsize; this.blocks = blocks; this.bfree = bfree;
  this.bavail = bavail; this.files = files; this.ffree = ffree;
}
binding.setStatFs(StatFs.prototype);

// ---- Dirent ----

var kType = typeof Symbol === 'function' ? Symbol('type') : '__type';

function Dirent(name, type, path) {
  this.name = name;
  this.parentPath = path;
  this.path = path;
  this[kType] = type;
}

function direntIs(t) {
  return function () { return this[kType] === t; };
}

Dirent.prototype.isFile = direntIs(constants.UV_DIRENT_FILE);
Dirent.prototype.isDirectory = direntIs(constants.UV_DIRENT_DIR);
Dirent.prototype.isSymbolicLink = direntIs(constants.UV_DIRENT_LINK);
Dirent.prototype.isBlockDevice = direntIs(constants.UV_DIRENT_BLOCK);
Dirent.prototype.isCharacterDevice = direntIs(constants.UV_DIRENT_CHAR);
Dirent.prototype.isFIFO = direntIs(constants.UV_DIRENT_FIFO);
Dirent.prototype.isSocket = direntIs(constants.UV_DIRENT_SOCKET);

// Entries whose type the file system did not say (UV_DIRENT_UNKNOWN) get it
// from lstat, as Node does.
function makeDirents(dir, names, types, lstat) {
  var out = new Array(names.length);
  for (var i = 0; i < names.length; i++) {
    var t = types[i];
    if (t === constants.UV_DIRENT_UNKNOWN && lstat) t = direntTypeOf(lstat(dir + '/' + names[i]));
    out[i] = new Dirent(names[i], t, dir);
  }
  return out;
}

function direntTypeOf(st) {
  if (!st) return constants.UV_DIRENT_UNKNOWN;
  var m = st.mode & S_IFMT;
  if (m === constants.S_IFREG) return constants.UV_DIRENT_FILE;
  if (m === constants.S_IFDIR) return constants.UV_DIRENT_DIR;
  if (m === constants.S_IFLNK) return constants.UV_DIRENT_LINK;
  if (m === constants.S_IFIFO) return constants.UV_DIRENT_FIFO;
  if (m === constants.S_IFSOCK) return constants.UV_DIRENT_SOCKET;
  if (m === constants.S_IFCHR) return constants.UV_DIRENT_CHAR;
  if (m === constants.S_IFBLK) return constants.UV_DIRENT_BLOCK;
  return constants.UV_DIRENT_UNKNOWN;
}

// Times for utimes: seconds, Date objects or numeric strings.
function toUnixTimestamp(time) {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw errors.invalidArgType('time', 'an instance of Date or an Time in seconds', time);
}

// read/write's buffer argument.
function validateBuffer(buffer, name) {
  if (!isArrayBufferView(buffer)) {
    throw errors.invalidArgType(name || 'buffer',
      'an instance of Buffer, TypedArray, or DataView', buffer);
  }
}

function validateOffsetLength(offset, length, byteLength) {
  if (offset < 0) throw errors.outOfRange('offset', '>= 0', offset);
  if (length < 0) throw errors.outOfRange('length', '>= 0', length);
  if (offset + length > byteLength) throw errors.outOfRange('length', '<= ' + (byteLength - offset), length);
}

// A view of any ArrayBufferView as bytes.
function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

module.exports = {
  constants: constants,
  stringToFlags: stringToFlags,
  getValidatedPath: getValidatedPath,
  getValidatedFd: getValidatedFd,
  validateInt32: validateInt32,
  validateInteger: validateInteger,
  validateUint32: validateUint32,
  validateFunction: validateFunction,
  validateBoolean: validateBoolean,
  validateBuffer: validateBuffer,
  validateOffsetLength: validateOffsetLength,
  parseFileMode: parseFileMode,
  makeCallback: makeCallback,
  normalizeEncoding: normalizeEncoding,
  getOptions: getOptions,
  toBuffer: toBuffer,
  decode: decode,
  uvException: uvException,
  isArrayBufferView: isArrayBufferView,
  asBytes: asBytes,
  toUnixTimestamp: toUnixTimestamp,
  Stats: Stats,
  StatFs: StatFs,
  Dirent: Dirent,
  makeDirents: makeDirents,
  direntTypeOf: direntTypeOf,
  kType: kType
};
