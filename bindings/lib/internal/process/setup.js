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
  // Made on first use: copying the environment is a tenth of start-up.
  Object.defineProperty(process, 'env', {
    get: function () { return setEnv(makeEnv(binding.environ())); },
    set: setEnv,
    configurable: true,
    enumerable: true
  });
  function setEnv(value) {
    Object.defineProperty(process, 'env', { value: value, writable: true, configurable: true, enumerable: true });
    return value;
  }
  process.nextTick = requireBuiltin('internal/process/task_queues').nextTick;

  // Node defines process.permission only when a permission model is on.
  var permission = internalBinding('permission');
  if (permission.enabled()) {
    Object.defineProperty(process, 'permission', {
      value: { has: function has(scope, reference) { return permission.has(scope, reference); } },
      writable: false, enumerable: true, configurable: false
    });
  }

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

  // Warnings and the standard streams are loaded on first use: most scripts
  // never warn, and start-up time counts (docs/performance.md).
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return requireBuiltin('internal/process/warning').emitWarning(warning, type, code, ctor);
  };
  // Node prints warnings from a 'warning' listener installed at startup, so
  // it runs before the script's own listeners and removing it silences them.
  process.on('warning', function onWarning(warning) {
    requireBuiltin('internal/process/warning').onWarning(warning);
  });

  // As in Node, process.stdout and process.stderr are getters made on first use.
  defineStdio(process, 'stdout', 1);
  defineStdio(process, 'stderr', 2);
  process.binding = function () {
    var err = new Error('No such module: process.binding is not supported by duv');
    err.code = 'ERR_INVALID_MODULE';
    throw err;
  };
}

function archName() {
  return 'x64';
}

// Argument errors come from internal/util/errors, loaded when one is thrown.
function argTypeError(name, expected, value) {
  return requireBuiltinRef('internal/util/errors').invalidArgType(name, expected, value);
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
    throw argTypeError(name, 'of type number', value);
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

function makeEnv(target) {
  return new Proxy(target, {
    set: function (t, key, value) {
      putEnv(t, key, value);
      return true;
    }
  });
}

function defineStdio(process, name, fd) {
  var stream;
  Object.defineProperty(process, name, {
    get: function () {
      if (stream === undefined) stream = requireBuiltinRef('internal/process/stdio').makeStdio(fd);
      return stream;
    },
    configurable: true,
    enumerable: true
  });
}

exports.setup = setup;
