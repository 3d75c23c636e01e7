// path.win32: Windows paths, as Node's path.win32 treats them on any
// platform. Both '\' and '/' separate; results use '\'. A path's root is a
// drive ('C:' relative to that drive's directory, 'C:\' absolute), a UNC
// share ('\\server\share'), or a single leading separator.
'use strict';

var errors = require('internal/util/errors');

function validateString(value, name) {
  if (typeof value !== 'string') throw errors.invalidArgType(name, 'of type string', value);
}

function isSep(c) { return c === '\\' || c === '/'; }
function isDriveLetter(c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
function hasDrive(path) { return path.length >= 2 && path.charAt(1) === ':' && isDriveLetter(path.charAt(0)); }

// Windows' reserved device names; 'CON:' at the start of a relative path
// names a device, so normalize keeps such a path relative with '.\'.
var reservedDevice = /^(?:CON|PRN|AUX|NUL|COM[1-9\u00b9\u00b2\u00b3]|LPT[1-9\u00b9\u00b2\u00b3]):/i;

// The server and share of a UNC path starting at index 2 ("\\server\share"):
// { shareStart, end } where end is the index after the share, or null when
// the server or the share is missing.
function uncShare(path) {
  var len = path.length;
  var j = 2;
  while (j < len && !isSep(path.charAt(j))) j++;
  if (j === 2 || j === len) return null;
  var serverEnd = j;
  while (j < len && isSep(path.charAt(j))) j++;
  if (j === len) return null;
  var shareStart = j;
  while (j < len && !isSep(path.charAt(j))) j++;
  return { serverEnd: serverEnd, shareStart: shareStart, end: j };
}

// The root of a path: { device, rootEnd, absolute }. device is 'C:' or
// '\\server\share' (separators made '\'), or '' for none.
function parseRoot(path) {
  var root = { device: '', rootEnd: 0, absolute: false };
  if (path.length === 0) return root;
  if (isSep(path.charAt(0))) {
    root.absolute = true;
    root.rootEnd = 1;
    if (isSep(path.charAt(1))) {
      var unc = uncShare(path);
      var server = unc !== null ? path.slice(2, unc.serverEnd) : '';
      if (server === '?' || server === '.') {
        // A device namespace path ('\\?\C:\x', '\\.\pipe\x'): its root is
        // the prefix alone, what follows is an ordinary path.
        root.device = '\\\\' + server;
        root.rootEnd = unc.serverEnd;
      } else if (unc !== null) {
        root.device = '\\\\' + server + '\\' + path.slice(unc.shareStart, unc.end);
        root.rootEnd = unc.end;
      }
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (path.length > 2 && isSep(path.charAt(2))) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

// Segments without '.' and empty ones, '..' applied; a relative path keeps
// the '..' that climb above its start.
function normalizeSegments(path, allowAboveRoot) {
  var parts = path.split(/[\\/]/);
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
    } else {
      out.push(p);
    }
  }
  return out.join('\\');
}

function resolve() {
  var device = '';
  var tail = '';
  var absolute = false;
  for (var i = arguments.length - 1; i >= -1; i--) {
    var path;
    if (i >= 0) {
      path = arguments[i];
      validateString(path, 'paths[' + i + ']');
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // The working directory, unless it is on another drive. (Node reads a
      // drive's own directory from '=C:' only on Windows.)
      path = process.cwd();
      if (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path.charAt(2) === '\\') {
        path = device + '\\';
      }
    }
    var root = parseRoot(path);
    if (root.device.length > 0) {
      if (device.length > 0) {
        if (root.device.toLowerCase() !== device.toLowerCase()) continue;
      } else {
        device = root.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = path.slice(root.rootEnd) + '\\' + tail;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = normalizeSegments(tail, !absolute);
  if (absolute) return device + '\\' + tail;
  return device + tail || '.';
}

function normalize(path) {
  validateString(path, 'path');
  var len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path) ? '\\' : path;
  var root = parseRoot(path);
  var reserved = false;
  if (root.device.length === 0 && !root.absolute) {
    var m = reservedDevice.exec(path);
    if (m !== null) {
      reserved = true;
      root.device = m[0];
      root.rootEnd = m[0].length;
    }
  } else if (root.device.length > 0 && root.rootEnd === len && root.device.charAt(0) === '\\') {
    // A UNC root alone gets its closing separator.
    return root.device + '\\';
  }
  var tail = root.rootEnd < len ? normalizeSegments(path.slice(root.rootEnd), !root.absolute) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(path.charAt(len - 1))) tail += '\\';
  if (reserved) return '.\\' + root.device + tail;
  if (root.device.length === 0) {
    if (root.absolute) return '\\' + tail;
    // A relative path must not come out looking like a drive ('C:x') or a
    // stream ('a:\b'): such results are kept relative with '.\'.
    if (path.indexOf(':') !== -1 && (hasDrive(tail) || /:(?:$|[\\/])/.test(path))) return '.\\' + tail;
    return tail;
  }
  return root.absolute ? root.device + '\\' + tail : root.device + tail;
}

function isAbsolute(path) {
  validateString(path, 'path');
  var len = path.length;
  if (len === 0) return false;
  return isSep(path.charAt(0)) || (len > 2 && hasDrive(path) && isSep(path.charAt(2)));
}

function join() {
  if (arguments.length === 0) return '.';
  var parts = [];
  for (var i = 0; i < arguments.length; i++) {
    validateString(arguments[i], 'path');
    if (arguments[i].length > 0) parts.push(arguments[i]);
  }
  if (parts.length === 0) return '.';
  var joined = parts.join('\\');
  // Joining must not make a UNC root that the first part did not start:
  // leading separators collapse to one unless the first part reads '\\x'.
  if (!/^[\\/]{2}[^\\/]/.test(parts[0])) joined = joined.replace(/^[\\/]{2,}/, '\\');
  return normalize(joined);
}

// The segments of a resolved path, without its leading and trailing
// separators ('\\s\h\a' -> ['s', 'h', 'a'], 'C:\a' -> ['C:', 'a']).
function segmentsOf(resolved) {
  var trimmed = resolved.replace(/^\\+/, '').replace(/\\+$/, '');
  return trimmed === '' ? [] : trimmed.split('\\');
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  var fromOrig = resolve(from);
  var toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  if (fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
  var a = segmentsOf(fromOrig);
  var b = segmentsOf(toOrig);
  var n = Math.min(a.length, b.length);
  var k = 0;
  while (k < n && a[k].toLowerCase() === b[k].toLowerCase()) k++;
  // Nothing in common: another drive or share, or another top folder.
  if (k === 0 && n > 0) return toOrig;
  if (k === a.length) {
    // The same segments from another root ('\\s\h' and '\s\h'): Node
    // climbs out of the last one and back.
    if (k === b.length) return k > 0 ? '..\\' + b[k - 1] : '';
    // Below from: the rest of to, with its closing separator if it has one.
    if (k > 0) return b.slice(k).join('\\') + (toOrig.charAt(toOrig.length - 1) === '\\' ? '\\' : '');
  }
  var out = [];
  for (var i = k; i < a.length; i++) out.push('..');
  return out.concat(b.slice(k)).join('\\');
}

function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  var resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charAt(0) === '\\' && resolved.charAt(1) === '\\') {
    var c = resolved.charAt(2);
    if (c !== '?' && c !== '.') return '\\\\?\\UNC\\' + resolved.slice(2);
  } else if (hasDrive(resolved) && resolved.charAt(2) === '\\') {
    return '\\\\?\\' + resolved;
  }
  return resolved;
}

// Where a path's root ends for dirname and parse: after 'C:' or 'C:\', after
// the first separator, or after '\\server\share\'; the whole path when it is
// a UNC root alone.
function rootEndOf(path) {
  var len = path.length;
  if (isSep(path.charAt(0))) {
    if (isSep(path.charAt(1))) {
      var unc = uncShare(path);
      if (unc !== null) return unc.end === len ? len : unc.end + 1;
    }
    return 1;
  }
  if (hasDrive(path)) return len > 2 && isSep(path.charAt(2)) ? 3 : 2;
  return 0;
}

// The last segment of path after index start: { start, end } without the
// trailing separators (end === start when there is none), and the index of
// the separator before it (-1 when none).
function lastSegment(path, start) {
  var end = path.length;
  while (end > start && isSep(path.charAt(end - 1))) end--;
  var s = end;
  while (s > start && !isSep(path.charAt(s - 1))) s--;
  return { start: s, end: end, sep: s > start ? s - 1 : -1 };
}

// The extension of a file name: from its last dot, none for '.x', '..' and
// names without a dot.
function extOf(base) {
  var dot = base.lastIndexOf('.');
  if (dot <= 0 || base === '..') return '';
  return base.slice(dot);
}

function dirname(path) {
  validateString(path, 'path');
  var len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path) ? path : '.';
  var rootEnd = rootEndOf(path);
  if (rootEnd === len && len > 2 && isSep(path.charAt(1)) && !isSep(path.charAt(len - 1))) return path;
  var seg = lastSegment(path, rootEnd);
  if (seg.end > rootEnd && seg.sep !== -1) return path.slice(0, seg.sep);
  // No separator before the last segment: the root, or '.'.
  if (rootEnd > 0) return path.slice(0, rootEnd);
  return '.';
}

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  var start = hasDrive(path) ? 2 : 0;
  var seg = lastSegment(path, start);
  var base = path.slice(seg.start, seg.end);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    var n = suffix.length;
    if (base.length > n && base.slice(base.length - n) === suffix) return base.slice(0, base.length - n);
    // Node's quirks: when no name is found, or the whole name is the end of
    // the suffix, the answer keeps the trailing separators.
    if (base.length === 0 || (base.length < n && suffix.slice(n - base.length) === base)) {
      return path.slice(seg.start);
    }
  }
  return base;
}

function extname(path) {
  validateString(path, 'path');
  var seg = lastSegment(path, hasDrive(path) ? 2 : 0);
  return extOf(path.slice(seg.start, seg.end));
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw errors.invalidArgType('pathObject', 'of type object', pathObject);
  }
  var dir = pathObject.dir || pathObject.root;
  var ext = pathObject.ext;
  var base = pathObject.base ||
    (pathObject.name || '') + (ext ? (ext.charAt(0) === '.' ? '' : '.') + ext : '');
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + '\\' + base;
}

function parse(path) {
  validateString(path, 'path');
  var ret = { root: '', dir: '', base: '', ext: '', name: '' };
  var len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(path)) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  var rootEnd = rootEndOf(path);
  // A drive alone ('C:', 'C:\') is all root.
  if (hasDrive(path) && rootEnd === len) {
    ret.root = ret.dir = path;
    return ret;
  }
  ret.root = path.slice(0, rootEnd);
  var seg = lastSegment(path, rootEnd);
  if (seg.end > seg.start) {
    ret.base = path.slice(seg.start, seg.end);
    ret.ext = extOf(ret.base);
    ret.name = ret.base.slice(0, ret.base.length - ret.ext.length);
  }
  ret.dir = seg.sep !== -1 && seg.start !== rootEnd ? path.slice(0, seg.sep) : ret.root;
  return ret;
}

var win32 = {
  resolve: resolve,
  normalize: normalize,
  isAbsolute: isAbsolute,
  join: join,
  relative: relative,
  toNamespacedPath: toNamespacedPath,
  dirname: dirname,
  basename: basename,
  extname: extname,
  format: format,
  parse: parse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath
};
win32.win32 = win32;

module.exports = win32;
