// Builds the process object: an EventEmitter with Node's properties.
'use strict';

var binding = internalBinding('process');

function setup(process, requireBuiltin) {
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
  process.exitCode = undefined;
  process._exiting = false;
  process.env = makeEnv(binding.environ());
  process.nextTick = requireBuiltin('internal/process/task_queues').nextTick;

  process.cwd = function cwd() { return binding.cwd(); };
  process.chdir = function chdir(directory) { binding.chdir(directory); };
  process.umask = function umask() { return 18; };

  var startMs = binding.hrtimeMs();
  process.uptime = function uptime() { return (binding.hrtimeMs() - startMs) / 1000; };
  process.hrtime = hrtime;
  process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
  process.memoryUsage.rss = function rss() { return binding.rss(); };

  process.exit = function exit(code) {
    if (code !== undefined) process.exitCode = code;
    code = process.exitCode === undefined ? 0 : process.exitCode | 0;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', code);
    }
    // Listeners may have changed process.exitCode.
    binding.reallyExit(process.exitCode === undefined ? code : process.exitCode | 0);
  };
  process.reallyExit = function reallyExit(code) { binding.reallyExit(code | 0); };
  process.abort = function abort() { binding.reallyExit(134); };

  process.emitWarning = function emitWarning(warning, type, code) {
    var options = type;
    if (options !== null && typeof options === 'object') {
      type = options.type;
      code = options.code;
    }
    if (typeof warning === 'string') {
      var err = new Error(warning);
      err.name = String(type || 'Warning');
      if (code !== undefined) err.code = code;
      warning = err;
    } else if (!(warning instanceof Error)) {
      var TypeErr = TypeError;
      var e = new TypeErr('The "warning" argument must be of type string or an instance of Error.');
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
    process.nextTick(function () {
      process.emit('warning', warning);
      if (process.noProcessWarnings) return;
      binding.write(2, '(node:' + process.pid + ') ' +
        (warning.code ? '[' + warning.code + '] ' : '') + warning.name + ': ' + warning.message + '\n');
    });
  };

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

function hrtime(prev) {
  var t = binding.hrtime();
  if (prev !== undefined) {
    if (!Array.isArray(prev)) {
      var err = new TypeError('The "time" argument must be an instance of Array. Received ' + typeof prev);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (prev.length !== 2) {
      var rerr = new RangeError('The value of "time" is out of range. It must be 2. Received ' + prev.length);
      rerr.code = 'ERR_OUT_OF_RANGE';
      throw rerr;
    }
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
// strings as in Node, whatever is assigned.
function makeEnv(initial) {
  var target = Object.create(null);
  for (var k in initial) target[k] = initial[k];
  return new Proxy(target, {
    set: function (t, key, value) {
      t[key] = String(value);
      return true;
    },
    defineProperty: function (t, key, desc) {
      t[key] = String(desc.value);
      return true;
    }
  });
}

function makeStdio(fd, EventEmitter) {
  var stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream._isStdio = true;
  stream.isTTY = binding.isatty(fd);
  stream.columns = 80;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      var err = new TypeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received ' +
        (chunk === null ? 'null' : typeof chunk));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    binding.write(fd, chunk);
    if (typeof cb === 'function') process.nextTick(cb);
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
