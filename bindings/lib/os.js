// os: the machine as libuv sees it (bindings/os.c), with Node's shapes,
// argument checks and ERR_SYSTEM_ERROR failures. Environment-dependent
// answers (homedir, tmpdir) read the runtime's own process.env, as Node reads
// its process's.
'use strict';

var binding = internalBinding('os');
var errors = require('internal/util/errors');

var toPrimitive = typeof Symbol === 'function' && typeof Symbol.toPrimitive === 'symbol' ?
  Symbol.toPrimitive : null;

// Calls a binding function that fills `info` on failure, and throws Node's
// SystemError from it.
function checked(fn) {
  var args = Array.prototype.slice.call(arguments, 1);
  var info = {};
  args.push(info);
  var result = fn.apply(binding, args);
  if (result === undefined) throw errors.systemError(info);
  return result;
}

// Node lets these functions be used where a string or number is expected
// (old code read os.hostname as a property).
function primitive(fn) {
  if (toPrimitive !== null) {
    Object.defineProperty(fn, toPrimitive, {
      value: function () { return fn(); }, writable: true, enumerable: false, configurable: true
    });
  }
  return fn;
}

var unameCache = null;
function uname() {
  if (unameCache === null) unameCache = checked(binding.uname);
  return unameCache;
}

function hostname() { return checked(binding.hostname); }
function getOSType() { return uname()[0]; }
function getOSVersion() { return uname()[1]; }
function getOSRelease() { return uname()[2]; }
function getMachine() { return uname()[3]; }
function getTotalMem() { return binding.totalmem(); }
function getFreeMem() { return binding.freemem(); }
function getAvailableParallelism() { return binding.availableParallelism(); }
function uptime() { return checked(binding.uptime); }
function loadavg() { return binding.loadavg(); }
function arch() { return process.arch; }
function platform() { return process.platform; }
function endianness() { return 'LE'; }

function envValue(name) {
  var v = process.env[name];
  return typeof v === 'string' ? v : undefined;
}

function homedir() {
  var home = envValue('HOME');
  if (home !== undefined) return home;
  return checked(binding.passwd, false).homedir;
}

function tmpdir() {
  var dir = envValue('TMPDIR') || envValue('TMP') || envValue('TEMP') || '/tmp';
  if (dir.length > 1 && dir.charAt(dir.length - 1) === '/') dir = dir.slice(0, -1);
  return dir;
}

function cpus() {
  var flat = binding.cpus();
  var out = [];
  for (var i = 0; i < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] }
    });
  }
  return out;
}

// The prefix length of a netmask, or null when its bits are not contiguous.
function maskBits(mask, family) {
  var bits = 0;
  var parts, i, v, width;
  if (family === 'IPv4') {
    parts = mask.split('.');
    width = 8;
  } else {
    // Expand '::' so that every group is counted.
    var halves = mask.split('::');
    var head = halves[0] ? halves[0].split(':') : [];
    var tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
    parts = head;
    for (i = head.length + tail.length; i < 8; i++) parts.push('0');
    parts = parts.concat(tail);
    width = 16;
  }
  var ended = false;
  for (i = 0; i < parts.length; i++) {
    v = family === 'IPv4' ? parseInt(parts[i], 10) : parseInt(parts[i] || '0', 16);
    for (var b = width - 1; b >= 0; b--) {
      if ((v >> b) & 1) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  var flat = checked(binding.interfaces);
  var out = {};
  for (var i = 0; i < flat.length; i += 7) {
    var family = flat[i + 3];
    var bits = maskBits(flat[i + 2], family);
    var entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family: family,
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: bits === null ? null : flat[i + 1] + '/' + bits
    };
    if (family === 'IPv6') entry.scopeid = flat[i + 6];
    var list = out[flat[i]];
    if (list === undefined) list = out[flat[i]] = [];
    list.push(entry);
  }
  return out;
}

function userInfo(options) {
  var encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  var asBuffer = encoding === 'buffer';
  var decode = false;
  if (typeof encoding === 'string' && !asBuffer) {
    var e = encoding.toLowerCase();
    decode = e !== 'utf8' && e !== 'utf-8' && isKnownEncoding(e);
  }
  var user = checked(binding.passwd, asBuffer || decode);
  if (decode) {
    // The bytes through Buffer's decoders, as Node does for any encoding.
    var Buffer = require('buffer').Buffer;
    ['username', 'homedir', 'shell'].forEach(function (k) {
      if (user[k] !== null) user[k] = Buffer.from(user[k]).toString(encoding);
    });
  }
  return user;
}

function isKnownEncoding(e) {
  return e === 'hex' || e === 'base64' || e === 'base64url' || e === 'latin1' || e === 'binary' ||
    e === 'ascii' || e === 'ucs2' || e === 'ucs-2' || e === 'utf16le' || e === 'utf-16le';
}

function validatePid(pid) {
  if (typeof pid !== 'number') throw errors.invalidArgType('pid', 'of type number', pid);
  if (Math.floor(pid) !== pid) throw errors.outOfRange('pid', 'an integer', pid);
  if (pid < -2147483648 || pid > 2147483647) {
    throw errors.outOfRange('pid', '>= -2147483648 && <= 2147483647', pid);
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validatePid(pid);
  return checked(binding.getpriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validatePid(pid);
  if (typeof priority !== 'number') throw errors.invalidArgType('priority', 'of type number', priority);
  if (Math.floor(priority) !== priority) throw errors.outOfRange('priority', 'an integer', priority);
  if (priority < -20 || priority > 19) throw errors.outOfRange('priority', '>= -20 && <= 19', priority);
  checked(binding.setpriority, pid, priority);
}

exports.arch = primitive(arch);
exports.availableParallelism = primitive(getAvailableParallelism);
exports.cpus = cpus;
exports.endianness = primitive(endianness);
exports.freemem = primitive(getFreeMem);
exports.getPriority = getPriority;
exports.homedir = primitive(homedir);
exports.hostname = primitive(hostname);
exports.loadavg = loadavg;
exports.networkInterfaces = networkInterfaces;
exports.platform = primitive(platform);
exports.release = primitive(getOSRelease);
exports.setPriority = setPriority;
exports.tmpdir = primitive(tmpdir);
exports.totalmem = primitive(getTotalMem);
exports.type = primitive(getOSType);
exports.userInfo = userInfo;
exports.uptime = primitive(uptime);
exports.version = primitive(getOSVersion);
exports.machine = primitive(getMachine);

var constants = binding.constants();
Object.defineProperty(exports, 'constants', { value: constants, writable: false, enumerable: true, configurable: false });
Object.defineProperty(exports, 'EOL', { value: '\n', writable: false, enumerable: true, configurable: true });
Object.defineProperty(exports, 'devNull', { value: '/dev/null', writable: false, enumerable: true, configurable: true });
