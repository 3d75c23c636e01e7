// Builds the process object: an EventEmitter with Node's properties.
'use strict';

var binding = internalBinding('process');

function setup(process, requireBuiltin) {
  requireBuiltinRef = requireBuiltin;
  var EventEmitter = requireBuiltin('events');
  Object.setPrototypeOf(process, EventEmitter.prototype);
  EventEmitter.call(process);
  // As in Node: '[object process]', and "at process.<fn>" in stack traces.
  Object.defineProperty(process, Symbol.toStringTag, {
    value: 'process', writable: true, enumerable: false, configurable: false
  });

  var execPath = binding.execPath();
  var argv = binding.argv();
  process.argv0 = argv[0];
  argv[0] = execPath;
  process.argv = argv;
  process.execArgv = binding.execArgv();
  process.execPath = execPath;
  process.title = 'duv';
  process.version = 'v' + binding.versions.node;
  process.versions = binding.versions;
  process.platform = 'linux';
  process.arch = archName();
  process.pid = binding.pid;
  process.ppid = binding.ppid;
  process.release = { name: 'node', lts: 'Iron' };
  process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls: false };
  process.config = { variables: {} };
  // process.exitCode: validated on assignment as in Node 20 (an integer, a
  // string holding one, undefined or null).
  var exitCode;
  Object.defineProperty(process, 'exitCode', {
    get: function () { return exitCode; },
    set: function (code) {
      validateExitCode(code);
      exitCode = code;
    },
    enumerable: true,
    configurable: false
  });
  process._exiting = false;
  process.env = makeEnv(binding.environ());
  process.nextTick = requireBuiltin('internal/process/task_queues').nextTick;

  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(directory) { binding.chdir(directory); };
  process.umask = umask;
  process.getuid = function getuid() { return binding.ids()[0]; };
  process.geteuid = function geteuid() { return binding.ids()[1]; };
  process.getgid = function getgid() { return binding.ids()[2]; };
  process.getegid = function getegid() { return binding.ids()[3]; };
  process.getgroups = function getgroups() { return binding.getgroups(); };
  process.cpuUsage = cpuUsage;

  var startMs = binding.hrtimeMs();
  process.uptime = function uptime() { return (binding.hrtimeMs() - startMs) / 1000; };
  process.hrtime = hrtime;
  process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.rss(); };

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    code = process.exitCode === undefined || process.exitCode === null ? 0 : process.exitCode | 0;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', code);
    }
    // Listeners may have changed process.exitCode.
    var last = process.exitCode;
    binding.reallyExit(last === undefined || last === null ? code : last | 0);
  };
  process.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
  process.abort = function abort() { binding.reallyExit(134); };

  process.emitWarning = emitWarning;
  // Node prints warnings from a 'warning' listener installed at startup, so
  // it runs before the script's own listeners and removing it silences them.
  process.on('warning', onWarning);

  process.stdout = makeStdio(1, EventEmitter);
  process.stderr = makeStdio(2, EventEmitter);
  process.binding = function () {
    var err = new Error('No such module: process.binding is not supported by duv');
    err.code = 'ERR_INVALID_MODULE';
    throw err;
  };
}

function archName() {
  return 'x64';
}

// Node's "Received ..." part of ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'function') return 'function ' + (value.name || '<anonymous>');
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return 'an instance of ' + value.constructor.name;
    return inspect(value);
  }
  var shown = inspect(value);
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return 'type ' + typeof value + ' (' + shown + ')';
}

function inspect(value) {
  return requireUtil().inspect(value);
}

// util is loaded on first use: the bootstrap builds process before util.
var requireBuiltinRef = null;
var utilModule = null;
function requireUtil() {
  if (utilModule === null) utilModule = requireBuiltinRef('util');
  return utilModule;
}

function argTypeError(name, expected, value) {
  var err = new TypeError('The "' + name + '" argument must be ' + expected + '. Received ' +
    describeReceived(value));
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function outOfRange(name, range, value) {
  var err = new RangeError('The value of "' + name + '" is out of range. It must be ' + range +
    '. Received ' + inspect(value));
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

function validateExitCode(code) {
  if (code === undefined || code === null) return;
  var value = code;
  if (typeof code === 'string' && code !== '' && isInteger(+code)) value = +code;
  if (typeof value !== 'number') throw argTypeError('code', 'of type number', code);
  if (!isInteger(value)) throw outOfRange('code', 'an integer', value);
  if (value < -9007199254740991 || value > 9007199254740991) {
    throw outOfRange('code', '>= -9007199254740991 && <= 9007199254740991', value);
  }
}

function isInteger(n) {
  return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

// process.umask([mask]): mask is a number or an octal string.
function umask(mask) {
  if (mask === undefined) return binding.umask(undefined);
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      var verr = new TypeError("The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received " +
        inspect(mask));
      verr.code = 'ERR_INVALID_ARG_VALUE';
      throw verr;
    }
    mask = parseInt(mask, 8);
  }
  if (typeof mask !== 'number') throw argTypeError('mask', 'of type number', mask);
  if (!isInteger(mask)) throw outOfRange('mask', 'an integer', mask);
  if (mask < 0 || mask > 4294967295) throw outOfRange('mask', '>= 0 && <= 4294967295', mask);
  return binding.umask(mask);
}

// process.cpuUsage([previousValue]) -> { user, system } in microseconds.
function cpuUsage(prev) {
  var now = binding.cpuUsage();
  if (prev === undefined) return { user: now[0], system: now[1] };
  if (prev === null || typeof prev !== 'object' || Array.isArray(prev)) {
    throw argTypeError('prevValue', 'of type object', prev);
  }
  checkUsage(prev.user, 'prevValue.user');
  checkUsage(prev.system, 'prevValue.system');
  return { user: now[0] - prev.user, system: now[1] - prev.system };
}

function checkUsage(value, name) {
  if (typeof value !== 'number') {
    var terr = new TypeError('The "' + name + '" property must be of type number. Received ' + describeReceived(value));
    terr.code = 'ERR_INVALID_ARG_TYPE';
    throw terr;
  }
  if (!isFinite(value) || value < 0 || value > 9007199254740991) {
    var verr = new TypeError("The property '" + name + "' is invalid. Received " + inspect(value));
    verr.code = 'ERR_INVALID_ARG_VALUE';
    throw verr;
  }
}

function hrtime(prev) {
  var t = binding.hrtime();
  if (prev !== undefined) {
    if (!Array.isArray(prev)) throw argTypeError('time', 'an instance of Array', prev);
    if (prev.length !== 2) throw outOfRange('time', '2', prev.length);
    var s = t[0] - prev[0];
    var ns = t[1] - prev[1];
    if (ns < 0) {
      s -= 1;
      ns += 1e9;
    }
    return [s, ns];
  }
  return t;
}

// process.emitWarning(warning[, type[, code]][, ctor]) and
// process.emitWarning(warning[, options]), as Node validates them.
function emitWarning(warning, type, code, ctor) {
  var detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw argTypeError('type', 'of type string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw argTypeError('code', 'of type string', code);
  }
  if (typeof warning === 'string') {
    var err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw argTypeError('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown on a later tick, so that earlier warnings are printed first.
    if (process.throwDeprecation) {
      process.nextTick(function () { throw warning; });
      return;
    }
  }
  process.nextTick(function () { process.emit('warning', warning); });
}

// "(node:PID) [CODE] Name: message" and the detail on the next line. Node adds
// a hint about its --trace-warnings option after the first warning; duv has no
// such option and prints no hint.
function onWarning(warning) {
  if (!(warning instanceof Error) || process.noProcessWarnings) return;
  var isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  var trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  var msg = '(' + process.release.name + ':' + process.pid + ') ';
  if (warning.code) msg += '[' + warning.code + '] ';
  if (trace && warning.stack) msg += warning.stack;
  else msg += typeof warning.toString === 'function' ? warning.toString() : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') msg += '\n' + warning.detail;
  binding.write(2, msg + '\n');
}

// process.env: per-runtime (runtimes do not share mutable state); values are
// strings as in Node, whatever is assigned. Values are defined, not assigned,
// so that a variable named __proto__ stays a variable. The target inherits
// from Object.prototype as Node's process.env does ('toString' in env).
// Duktape's Proxy has no defineProperty or getOwnPropertyDescriptor trap:
// Object.defineProperty and Object.prototype.hasOwnProperty.call do not reach
// the variables (docs/compat.md).
function putEnv(t, key, value) {
  Object.defineProperty(t, key, { value: String(value), writable: true, enumerable: true, configurable: true });
}

function makeEnv(initial) {
  var target = {};
  for (var k in initial) putEnv(target, k, initial[k]);
  return new Proxy(target, {
    set: function (t, key, value) {
      putEnv(t, key, value);
      return true;
    }
  });
}

function makeStdio(fd, EventEmitter) {
  var stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  // As in Node: isTTY, columns and rows exist only on a terminal.
  if (binding.isatty(fd)) {
    stream.isTTY = true;
    var size = binding.winsize(fd);
    stream.columns = size ? size[0] : 0;
    stream.rows = size ? size[1] : 0;
    stream.getWindowSize = function getWindowSize() {
      var now = binding.winsize(fd);
      return now ? now : [0, 0];
    };
  }
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    if (chunk === null) {
      var nerr = new TypeError('May not write null values to stream');
      nerr.code = 'ERR_STREAM_NULL_VALUES';
      throw nerr;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw argTypeError('chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', chunk);
    }
    binding.write(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return stream;
  };
  stream.cork = function () {};
  stream.uncork = function () {};
  stream.setEncoding = function () { return stream; };
  stream.setDefaultEncoding = function () { return stream; };
  stream.destroy = function () { return stream; };
  return stream;
}

exports.setup = setup;
