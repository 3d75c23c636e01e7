// The CommonJS loader, after Node's lib/internal/modules/cjs/loader.js:
// core modules, relative and absolute paths, extensions, package.json "main"
// (then "exports" only when there is no "main"), node_modules lookup walking
// up the tree, the cache, cycles, and require.resolve.
'use strict';

var path = require('path');
var loader = internalBinding('loader');
var contextify = internalBinding('contextify');

var builtinIds = contextify.builtinIds();
var builtinSet = Object.create(null);
for (var bi = 0; bi < builtinIds.length; bi++) builtinSet[builtinIds[bi]] = true;

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.slice(0, 5) === 'node:') id = id.slice(5);
  return builtinSet[id] === true;
}

function Module(id, parent) {
  this.id = id === undefined ? '' : id;
  this.path = path.dirname(this.id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, configurable: true, enumerable: false });
  if (parent && parent.children) parent.children.push(this);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtinIds.slice();
Module.isBuiltin = isBuiltin;
Module.Module = Module;
// Tools (coverage, mocking) may replace Module.wrap or edit Module.wrapper; as
// in Node, modules are then compiled from the patched wrapper's text.
var WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) { ';
var WRAPPER_TAIL = '\n});';
Module.wrapper = [WRAPPER_HEAD, WRAPPER_TAIL];
function wrap(script) { return Module.wrapper[0] + script + Module.wrapper[1]; }
Module.wrap = wrap;

function wrapperPatched() {
  return Module.wrap !== wrap || Module.wrapper[0] !== WRAPPER_HEAD || Module.wrapper[1] !== WRAPPER_TAIL;
}

function initGlobalPaths() {
  var home = process.env.HOME;
  var paths = [path.resolve(process.execPath, '..', '..', 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  var nodePath = process.env.NODE_PATH;
  if (nodePath) {
    var extra = nodePath.split(':').filter(function (p) { return !!p; });
    paths = extra.concat(paths);
  }
  Module.globalPaths = paths;
}
initGlobalPaths();
Module._initPaths = initGlobalPaths;

// '/a/b/c' -> ['/a/b/c/node_modules', '/a/b/node_modules', '/a/node_modules', '/node_modules']
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  var paths = [];
  var parts = from.split('/');
  for (var i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    var dir = parts.slice(0, i).join('/');
    paths.push(dir + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
};

function stat(filename) {
  return loader.internalStat(filename);
}

function toRealPath(requestPath) {
  return loader.realpath(requestPath);
}

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(p, exts, isMain) {
  for (var i = 0; i < exts.length; i++) {
    var filename = tryFile(p + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

var packageJsonCache = Object.create(null);

function readPackage(requestPath) {
  var jsonPath = requestPath + '/package.json';
  var cached = packageJsonCache[jsonPath];
  if (cached !== undefined) return cached;
  var result = null;
  if (stat(jsonPath) === 0) {
    var json = loader.readFileUtf8(jsonPath);
    try {
      result = JSON.parse(json);
    } catch (e) {
      e.path = jsonPath;
      e.message = 'Error parsing ' + jsonPath + ': ' + e.message;
      throw e;
    }
    if (result === null || typeof result !== 'object') result = {};
  }
  packageJsonCache[jsonPath] = result;
  return result;
}

// package.json "exports" and "imports", after Node's packageExportsResolve and
// packageImportsResolve (CommonJS side): a target is a string, an array of
// fallbacks, or a conditions object whose keys are tried in their own order;
// "require", "node" and "default" match.
var hasOwn = Object.prototype.hasOwnProperty;
var conditionSet = { require: true, node: true, 'default': true };

function exportsError(code, message, Ctor) {
  var err = new (Ctor || Error)(message);
  err.code = code;
  return err;
}

// One lookup in an "exports" or "imports" map: where errors point.
//   field: 'exports' or 'imports'; jsonPath; key: the key that matched;
//   base: the requiring file, named by the errors of self-references and imports.
function invalidTarget(look, target) {
  var where = look.base ? ' imported from ' + look.base : '';
  var rel = typeof target === 'string' && look.field === 'exports' && target.length > 0 ? '; targets must start with "./"' : '';
  return exportsError('ERR_INVALID_PACKAGE_TARGET', look.key === '.'
    ? 'Invalid "exports" main target ' + JSON.stringify(target) + ' defined in the package config ' + look.jsonPath + where + rel
    : 'Invalid "' + look.field + '" target ' + JSON.stringify(target) + " defined for '" + look.key +
      "' in the package config " + look.jsonPath + where + rel);
}

// -> the target string with '*' replaced ('./x' or, for "imports", a bare
// package request), or null when no condition matched.
function resolveMapTarget(target, middle, look) {
  if (typeof target === 'string') {
    var rel = target.slice(0, 2) === './';
    var bare = look.field === 'imports' && !rel && target.slice(0, 3) !== '../' && target.charAt(0) !== '/';
    if (!rel && !bare) throw invalidTarget(look, target);
    return middle === null ? target : target.split('*').join(middle);
  }
  if (Array.isArray(target)) {
    for (var i = 0; i < target.length; i++) {
      var r;
      try {
        r = resolveMapTarget(target[i], middle, look);
      } catch (e) {
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET' && i < target.length - 1) continue;
        throw e;
      }
      if (r !== null) return r;
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    var keys = Object.keys(target);
    for (var k = 0; k < keys.length; k++) {
      if (conditionSet[keys[k]] !== true) continue;
      var t = resolveMapTarget(target[keys[k]], middle, look);
      if (t !== null) return t;
    }
  }
  return null;
}

// Node's patternKeyCompare: the longer prefix before '*' wins, then the longer key.
function morePreciseKey(best, key) {
  if (best === null) return true;
  var bestBase = best.indexOf('*') + 1;
  var keyBase = key.indexOf('*') + 1;
  if (keyBase !== bestBase) return keyBase > bestBase;
  return key.length > best.length;
}

// The entry of map for name (exact, else the most specific '*' pattern):
// -> the resolved target (see resolveMapTarget), or null when none matched.
function lookUpMap(map, name, look) {
  if (hasOwn.call(map, name) && name.indexOf('*') === -1) {
    look.key = name;
    return resolveMapTarget(map[name], null, look);
  }
  var bestKey = null, middle = null;
  var keys = Object.keys(map);
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i];
    var star = key.indexOf('*');
    if (star === -1 || key.lastIndexOf('*') !== star) continue;
    var prefix = key.slice(0, star);
    var suffix = key.slice(star + 1);
    if (name.indexOf(prefix) === 0 && name.length >= key.length &&
        name.slice(name.length - suffix.length) === suffix && morePreciseKey(bestKey, key)) {
      bestKey = key;
      middle = name.slice(star, name.length - suffix.length);
    }
  }
  if (bestKey === null) return null;
  look.key = bestKey;
  return resolveMapTarget(map[bestKey], middle, look);
}

// A './x' target inside pkgDir -> its real path; MODULE_NOT_FOUND when missing.
function existingTarget(pkgDir, target, jsonPath) {
  var filename = path.resolve(pkgDir, target);
  if (stat(filename) !== 0) {
    var err = exportsError('MODULE_NOT_FOUND', "Cannot find module '" + filename + "'");
    err.path = jsonPath;
    throw err;
  }
  return toRealPath(filename);
}

// subpath is '.' or './sub'; base names the requiring file in the errors of a
// self-reference. -> an absolute filename, or throws as Node does.
function resolvePackageExports(pkgDir, exportsField, subpath, base) {
  var jsonPath = pkgDir + '/package.json';
  var map = exportsField;
  if (typeof map === 'string' || Array.isArray(map) || map === null || typeof map !== 'object' ||
      (Object.keys(map).length > 0 && Object.keys(map)[0].charAt(0) !== '.')) {
    map = { '.': exportsField };
  }
  var target = lookUpMap(map, subpath, { field: 'exports', jsonPath: jsonPath, key: subpath, base: base });
  if (target === null) {
    var where = base ? ' imported from ' + base : '';
    throw exportsError('ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
      ? 'No "exports" main defined in ' + jsonPath + where
      : "Package subpath '" + subpath + "' is not defined by \"exports\" in " + jsonPath + where);
  }
  return existingTarget(pkgDir, target, jsonPath);
}

// require('#name'): the "imports" of the requiring file's package.
function resolvePackageImports(request, scope, base) {
  if (request === '#' || request.slice(0, 2) === '#/') {
    throw exportsError('ERR_INVALID_MODULE_SPECIFIER', 'Invalid module "' + request +
      '" is not a valid internal imports specifier name imported from ' + base, TypeError);
  }
  var pkgDir = path.dirname(scope.path);
  var map = scope.data.imports;
  var target = null;
  if (map !== null && typeof map === 'object' && !Array.isArray(map)) {
    target = lookUpMap(map, request, { field: 'imports', jsonPath: scope.path, key: request, base: base });
  }
  if (target === null) {
    throw exportsError('ERR_PACKAGE_IMPORT_NOT_DEFINED', 'Package import specifier "' + request +
      '" is not defined in package ' + scope.path + ' imported from ' + base, TypeError);
  }
  if (target.slice(0, 2) === './') return existingTarget(pkgDir, target, scope.path);
  // A bare target is a package (or a core module), looked up from the package.
  if (isBuiltin(target)) return target;
  var from = new Module(scope.path);
  from.filename = scope.path;
  from.paths = Module._nodeModulePaths(pkgDir);
  var found = Module._findPath(target, Module._resolveLookupPaths(target, from), false);
  if (!found) {
    var err = exportsError('MODULE_NOT_FOUND', "Cannot find module '" + request + "'");
    throw err;
  }
  return found;
}

// require('own-name/sub') from inside a package whose package.json has that
// "name" and "exports" (and, duv's rule, no "main"): Node's self-reference.
function trySelf(parent, request) {
  if (!parent || !parent.filename) return false;
  var scope = readPackageScope(parent.filename);
  if (scope === null) return false;
  var pkg = scope.data;
  if (pkg.exports === undefined || pkg.exports === null || typeof pkg.name !== 'string') return false;
  if (typeof pkg.main === 'string' && pkg.main) return false;
  var subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.slice(0, pkg.name.length + 1) === pkg.name + '/') subpath = '.' + request.slice(pkg.name.length);
  else return false;
  return resolvePackageExports(path.dirname(scope.path), pkg.exports, subpath, parent.filename);
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  var pkg = readPackage(requestPath);
  if (pkg === null) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  var main = typeof pkg.main === 'string' && pkg.main ? pkg.main : null;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  var filename = path.resolve(requestPath, main);
  var actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      var err = new Error("Cannot find module '" + filename + "'. " +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning("Invalid 'main' field in '" + path.resolve(requestPath, 'package.json') +
      "' of '" + main + "'. Please either fix that or report it to the module author",
      'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// A bare request 'pkg/sub' found in a node_modules folder whose package.json
// has "exports": Node maps the subpath through them and nothing else. duv does
// so only when there is no "main" (see docs/compat.md), so that packages whose
// "exports" point at builds Duktape cannot parse still load through "main".
var packageNameRe = /^((?:@[^\/\\%]+\/)?[^.\/\\%][^\/\\%]*)(\/.*)?$/;
function tryPackageExports(nmPath, request) {
  var m = packageNameRe.exec(request);
  if (m === null) return false;
  var pkgDir = path.resolve(nmPath, m[1]);
  var pkg = readPackage(pkgDir);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return false;
  if (typeof pkg.main === 'string' && pkg.main) return false;
  return resolvePackageExports(pkgDir, pkg.exports, '.' + (m[2] || ''), null);
}

Module._findPath = function _findPath(request, paths, isMain) {
  var absoluteRequest = request.charAt(0) === '/';
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;

  var cacheKey = request + '\x00' + paths.join('\x00');
  var entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  var exts = Object.keys(Module._extensions);
  var trailingSlash = request.length > 0 &&
    (request.charCodeAt(request.length - 1) === 47 || /(?:^|\/)\.?\.$/.test(request));
  var isRelative = request.charAt(0) === '.';

  for (var i = 0; i < paths.length; i++) {
    var curPath = paths[i];
    if (curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      var exported = tryPackageExports(curPath, request);
      if (exported) {
        Module._pathCache[cacheKey] = exported;
        return exported;
      }
    }
    var basePath = path.resolve(curPath, request);
    var filename;
    var rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    var paths = Module.globalPaths.slice();
    if (parent && parent.paths && parent.paths.length) paths = parent.paths.concat(paths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  var stack = [];
  for (var cur = parent; cur; cur = cur.parent) stack.push(cur.filename || cur.id);
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (request.slice(0, 5) === 'node:') {
    if (isBuiltin(request)) return request;
    var uerr = new Error('No such built-in module: ' + request);
    uerr.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw uerr;
  }
  if (isBuiltin(request) || hostModules.has(request)) return request;

  var paths;
  if (options !== null && typeof options === 'object' && options.paths !== undefined) {
    if (!Array.isArray(options.paths)) {
      var perr = new TypeError("The property 'options.paths' is invalid. Received " +
        require('util').inspect(options.paths));
      perr.code = 'ERR_INVALID_ARG_VALUE';
      throw perr;
    }
    if (request.slice(0, 2) === './' || request.slice(0, 3) === '../') {
      paths = options.paths;
    } else {
      paths = [];
      var fake = new Module('', null);
      for (var i = 0; i < options.paths.length; i++) {
        fake.paths = Module._nodeModulePaths(options.paths[i]);
        var lookup = Module._resolveLookupPaths(request, fake);
        for (var j = 0; lookup && j < lookup.length; j++) {
          if (paths.indexOf(lookup[j]) === -1) paths.push(lookup[j]);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request.charAt(0) === '#' && parent && parent.filename) {
    var scope = readPackageScope(parent.filename);
    if (scope !== null && scope.data.imports !== undefined && scope.data.imports !== null) {
      return resolvePackageImports(request, scope, parent.filename);
    }
  }
  var self = trySelf(parent, request);
  if (self) return self;

  var filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  var requireStack = requireStackOf(parent);
  var message = "Cannot find module '" + request + "'";
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  var err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function loadBuiltin(id) {
  if (id.slice(0, 5) === 'node:') id = id.slice(5);
  return require(id);
}

var hostModules = internalBinding('host_modules');

Module._load = function _load(request, parent, isMain) {
  if (isBuiltin(request)) return loadBuiltin(request);
  // Modules the host added by name (duv_runtime_add_module).
  if (hostModules.has(request)) return hostModules.load(request);
  var filename = Module._resolveFilename(request, parent, isMain);
  if (isBuiltin(filename)) return loadBuiltin(filename);

  var cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && parent.children.indexOf(cached) === -1) parent.children.push(cached);
    // A module still loading is part of a cycle: its partial exports.
    return cached.exports;
  }

  var module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  var threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        var idx = parent.children.indexOf(module);
        if (idx !== -1) parent.children.splice(idx, 1);
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  var name = path.basename(filename);
  var index;
  var startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    var ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  if (filename.slice(-4) === '.mjs' && !Module._extensions['.mjs']) {
    throw requireEsmError(filename, this.parent, null);
  }
  Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
  this.loaded = true;
};

// Node's ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type T. Received ...'.
function invalidArgType(name, expected, value) {
  var received;
  if (value === null || value === undefined) {
    received = String(value);
  } else if (typeof value === 'function') {
    received = 'function ' + (value.name || '<anonymous>');
  } else if (typeof value === 'object') {
    var ctor = value.constructor;
    received = ctor && ctor.name ? 'an instance of ' + ctor.name : require('util').inspect(value);
  } else {
    var shown = require('util').inspect(value);
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    received = 'type ' + typeof value + ' (' + shown + ')';
  }
  var err = new TypeError('The "' + name + '" argument must be of type ' + expected + '. Received ' + received);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// Node's ERR_INVALID_ARG_VALUE: "The argument 'name' reason. Received <inspect(value)>".
function invalidArg(name, value, reason) {
  var err = new TypeError("The argument '" + name + "' " + reason + '. Received ' +
    require('util').inspect(value));
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

Module.prototype.require = function require_(id) {
  if (typeof id !== 'string') throw invalidArgType('id', 'string', id);
  if (id === '') throw invalidArg('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  var fn;
  if (wrapperPatched()) {
    // The wrapped text is a script whose value is the module function.
    fn = contextify.compileScript(Module.wrap(content), filename)();
  } else {
    fn = contextify.compileFunction(content, filename);
  }
  var require = makeRequireFunction(this);
  var dirname = path.dirname(filename);
  return fn.call(this.exports, this.exports, require, this, filename, dirname);
};

// ES modules cannot be required: Duktape does not parse them. Node 20.0 says
// so with ERR_REQUIRE_ESM (later Node versions load them; duv cannot).
function requireEsmError(filename, parent, packageJsonPath) {
  var parentPath = parent && parent.filename ? parent.filename : null;
  var msg = 'require() of ES Module ' + filename + (parentPath ? ' from ' + parentPath : '') + ' not supported.';
  if (packageJsonPath === null) {
    msg += '\nInstead change the require of ' + filename +
      ' to a dynamic import() which is available in all CommonJS modules.';
  } else {
    var base = parentPath && path.basename(filename) === path.basename(parentPath) ? filename : path.basename(filename);
    msg += '\n' + base + ' is treated as an ES module file as it is a .js file whose nearest parent ' +
      'package.json contains "type": "module" which declares all .js files in that package scope as ES modules.' +
      '\nInstead either rename ' + base + ' to end in .cjs, change the requiring code to use dynamic import() ' +
      'which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
      packageJsonPath + ' to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n';
  }
  var err = new Error(msg);
  err.code = 'ERR_REQUIRE_ESM';
  return err;
}

// The package.json that governs a file: the nearest one up the tree, not
// looking past a node_modules folder (Node's readPackageScope).
function readPackageScope(filename) {
  var dir = path.dirname(filename);
  for (;;) {
    if (path.basename(dir) === 'node_modules') return null;
    var pkg = readPackage(dir);
    if (pkg !== null) return { path: dir + '/package.json', data: pkg };
    var up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

Module._extensions['.js'] = function (module, filename) {
  if (filename.slice(-3) === '.js') {
    var scope = readPackageScope(filename);
    if (scope !== null && scope.data.type === 'module') {
      throw requireEsmError(filename, module.parent, scope.path);
    }
  }
  module._compile(loader.readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function (module, filename) {
  var content = loader.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

// Native addons (docs/extending.md): the shared object is opened once per
// process, its module made once per runtime; exports is that module's object.
Module._extensions['.node'] = function (module, filename) {
  module.exports = internalBinding('addon').load(filename);
};

function makeRequireFunction(mod) {
  var require = function require(id) { return mod.require(id); };
  require.resolve = function resolve(request, options) {
    if (typeof request !== 'string') throw invalidArgType('request', 'string', request);
    return Module._resolveFilename(request, mod, false, options);
  };
  require.resolve.paths = function paths(request) {
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw invalidArg('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  var trailingSlash = filename.charAt(filename.length - 1) === '/';
  var proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  var m = new Module(proxyPath, null);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// Node makes process.argv[1] the absolute, normalised path of the main script
// (not its real path: symlinks stay).
Module.runMain = function runMain(main) {
  var resolved = path.resolve(main);
  if (process.argv[1] === main) process.argv[1] = resolved;
  Module._load(resolved, null, true);
};

// `duv -e` / duv_runtime_eval: global code with require and module as globals.
// `duv -e` / duv_runtime_eval: the module, exports and require that global
// code sees (the bootstrap makes them globals on first use).
Module._evalGlobals = function _evalGlobals(filename) {
  var cwd = process.cwd();
  var module = new Module(filename);
  module.filename = path.join(cwd, filename);
  module.paths = Module._nodeModulePaths(cwd);
  return { module: module, exports: module.exports, require: makeRequireFunction(module) };
};

Module.syncBuiltinESMExports = function () {};
Module.findSourceMap = function () { return undefined; };

module.exports = Module;
