// The fs operations that walk trees: mkdir -p, rm -r, cp -r and recursive
// readdir, written over the binding's single calls. The async forms chain
// callbacks, so the loop is never blocked.
'use strict';

var binding = internalBinding('fs');
var u = require('internal/fs/utils');
var errors = require('internal/util/errors');
var pathModule = require('path');
var constants = u.constants;
var S_IFMT = constants.S_IFMT, S_IFDIR = constants.S_IFDIR, S_IFLNK = constants.S_IFLNK;

function isDir(st) { return (st.mode & S_IFMT) === S_IFDIR; }

// Node's SystemError for fs: "Path is a directory: rm returned EISDIR (is a
// directory) /x" with code ERR_FS_EISDIR and an info object.
function systemError(key, prefix, syscall, uvCode, errno, detail, path) {
  var err = errors.nodeError(Error, key,
    prefix + ': ' + syscall + ' returned ' + uvCode + ' (' + detail + ') ' + path);
  err.name = 'SystemError';
  err.info = { code: uvCode, message: detail, path: path, syscall: syscall, errno: errno };
  err.errno = errno;
  err.syscall = syscall;
  err.path = path;
  return err;
}

// The error of a mkdir that failed on the way, renamed for the whole path
// as Node reports it.
function mkdirError(e, path) {
  if (typeof e.errno !== 'number' || e.syscall === undefined) return e;
  return u.uvException(e.errno, 'mkdir', path);
}

// ---- mkdir -p ----

function mkdirpSyncInner(path, mode) {
  try {
    binding.mkdir(path, mode);
    return path;
  } catch (e) {
    if (e.code === 'EEXIST') {
      var st;
      try { st = binding.stat(path); } catch (e2) { throw e; }
      if (isDir(st)) return undefined;
      throw e;
    }
    if (e.code !== 'ENOENT') throw e;
    var parent = pathModule.dirname(path);
    if (parent === path) throw e;
    var first = mkdirpSyncInner(parent, mode);
    try {
      binding.mkdir(path, mode);
    } catch (e3) {
      if (e3.code !== 'EEXIST' || !isDir(binding.stat(path))) throw e3;
    }
    return first || path;
  }
}

function mkdirpSync(path, mode) {
  try {
    return mkdirpSyncInner(path, mode);
  } catch (e) {
    throw mkdirError(e, path);
  }
}

function mkdirp(path, mode, callback) {
  function step(p, cb) {
    binding.mkdir(p, mode, function (err) {
      if (!err) return cb(null, p);
      if (err.code === 'EEXIST') {
        return binding.stat(p, function (e2, st) {
          if (e2 || !isDir(st)) return cb(err);
          cb(null, undefined);
        });
      }
      if (err.code !== 'ENOENT') return cb(err);
      var parent = pathModule.dirname(p);
      if (parent === p) return cb(err);
      step(parent, function (e3, first) {
        if (e3) return cb(e3);
        binding.mkdir(p, mode, function (e4) {
          if (e4 && e4.code !== 'EEXIST') return cb(e4);
          cb(null, first || p);
        });
      });
    });
  }
  step(path, function (err, first) {
    if (err) callback(mkdirError(err, path));
    else callback(null, first);
  });
}

// ---- rm ----

function rmOptions(options) {
  var o = { recursive: false, force: false };
  if (options === undefined || options === null) return o;
  if (typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  if (options.recursive !== undefined) o.recursive = u.validateBoolean(options.recursive, 'options.recursive');
  if (options.force !== undefined) o.force = u.validateBoolean(options.force, 'options.force');
  return o;
}

function rmDirError(path) {
  return systemError('ERR_FS_EISDIR', 'Path is a directory', 'rm', 'EISDIR', 21, 'is a directory', path);
}

function removeTreeSync(path, st) {
  if (isDir(st)) {
    var names = binding.scandir(path, false);
    for (var i = 0; i < names.length; i++) {
      var child = path + '/' + names[i];
      removeTreeSync(child, binding.lstat(child));
    }
    binding.rmdir(path);
  } else {
    binding.unlink(path);
  }
}

function rmSync(path, options) {
  var st;
  try {
    st = binding.lstat(path);
  } catch (e) {
    if (options.force && e.code === 'ENOENT') return;
    throw e;
  }
  if (isDir(st) && !options.recursive) throw rmDirError(path);
  removeTreeSync(path, st);
}

function removeTree(path, st, cb) {
  if (!isDir(st)) return binding.unlink(path, cb);
  binding.scandir(path, false, function (err, names) {
    if (err) return cb(err);
    var i = 0;
    function next(e) {
      if (e) return cb(e);
      if (i === names.length) return binding.rmdir(path, cb);
      var child = path + '/' + names[i++];
      binding.lstat(child, function (e2, cst) {
        if (e2) return cb(e2);
        removeTree(child, cst, next);
      });
    }
    next(null);
  });
}

function rm(path, options, callback) {
  binding.lstat(path, function (err, st) {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if (isDir(st) && !options.recursive) return callback(rmDirError(path));
    removeTree(path, st, function (e) { callback(e || null); });
  });
}

// ---- cp ----

function cpOptions(options) {
  var o = { recursive: false, force: true, errorOnExist: false, dereference: false,
            preserveTimestamps: false, filter: undefined, verbatimSymlinks: false };
  if (options === undefined || options === null) return o;
  if (typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  var bools = ['recursive', 'force', 'errorOnExist', 'dereference', 'preserveTimestamps', 'verbatimSymlinks'];
  for (var i = 0; i < bools.length; i++) {
    var k = bools[i];
    if (options[k] !== undefined) o[k] = u.validateBoolean(options[k], 'options.' + k);
  }
  if (options.filter !== undefined) o.filter = u.validateFunction(options.filter, 'options.filter');
  return o;
}

function statOrNull(p, deref) {
  try { return deref ? binding.stat(p) : binding.lstat(p); } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
}

function cpSync(src, dest, o) {
  var sst = o.dereference ? binding.stat(src) : binding.lstat(src);
  var dst = statOrNull(dest, false);
  var rsrc = pathModule.resolve(src), rdest = pathModule.resolve(dest);
  if (rsrc === rdest) {
    throw systemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'cp', 'EINVAL', 22,
      'src and dest cannot be the same', rdest);
  }
  if (isDir(sst) && (rdest + '/').indexOf(rsrc + '/') === 0) {
    throw systemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'cp', 'EINVAL', 22,
      'cannot copy ' + src + ' to a subdirectory of self ' + dest, dest);
  }
  copyEntrySync(src, dest, sst, dst, o);
}

function copyEntrySync(src, dest, sst, dst, o) {
  if (o.filter && !o.filter(src, dest)) return;
  if (isDir(sst)) {
    if (!o.recursive) {
      throw systemError('ERR_FS_EISDIR', 'Path is a directory', 'cp', 'EISDIR', 21,
        src + ' is a directory (not copied)', src);
    }
    if (dst && !isDir(dst)) {
      throw systemError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
        'cp', 'EISDIR', 21, 'cannot overwrite non-directory ' + dest + ' with directory ' + src, dest);
    }
    if (!dst) binding.mkdir(dest, sst.mode & 4095);
    var names = binding.scandir(src, false);
    for (var i = 0; i < names.length; i++) {
      var s = src + '/' + names[i], d = dest + '/' + names[i];
      copyEntrySync(s, d, o.dereference ? binding.stat(s) : binding.lstat(s), statOrNull(d, false), o);
    }
    return;
  }
  if (dst && isDir(dst)) {
    throw systemError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
      'cp', 'ENOTDIR', 20, 'cannot overwrite directory ' + dest + ' with non-directory ' + src, dest);
  }
  if (dst) {
    if (!o.force) {
      if (o.errorOnExist) {
        throw systemError('ERR_FS_CP_EEXIST', 'Target already exists', 'cp', 'EEXIST', 17,
          dest + ' already exists', dest);
      }
      return;
    }
    if ((sst.mode & S_IFMT) === S_IFLNK || (dst.mode & S_IFMT) === S_IFLNK) binding.unlink(dest);
  }
  if ((sst.mode & S_IFMT) === S_IFLNK) {
    var link = binding.readlink(src);
    if (!o.verbatimSymlinks) link = pathModule.resolve(pathModule.dirname(src), link);
    binding.symlink(link, dest, 0);
    return;
  }
  binding.copyfile(src, dest, 0);
  if (o.preserveTimestamps) binding.utimes(dest, sst.atimeMs / 1000, sst.mtimeMs / 1000);
}

// The callback form: the same decisions, each syscall on the thread pool.
function statOrNullAsync(p, deref, cb) {
  (deref ? binding.stat : binding.lstat)(p, function (err, st) {
    if (err && err.code !== 'ENOENT') return cb(err);
    cb(null, err ? null : st);
  });
}

function cp(src, dest, o, callback) {
  (o.dereference ? binding.stat : binding.lstat)(src, function (err, sst) {
    if (err) return callback(err);
    statOrNullAsync(dest, false, function (err2, dst) {
      if (err2) return callback(err2);
      var rsrc = pathModule.resolve(src), rdest = pathModule.resolve(dest);
      if (rsrc === rdest) {
        return callback(systemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'cp', 'EINVAL', 22,
          'src and dest cannot be the same', rdest));
      }
      if (isDir(sst) && (rdest + '/').indexOf(rsrc + '/') === 0) {
        return callback(systemError('ERR_FS_CP_EINVAL', 'Invalid src or dest', 'cp', 'EINVAL', 22,
          'cannot copy ' + src + ' to a subdirectory of self ' + dest, dest));
      }
      copyEntry(src, dest, sst, dst, o, callback);
    });
  });
}

function copyEntry(src, dest, sst, dst, o, cb) {
  if (o.filter) {
    var keep;
    try { keep = o.filter(src, dest); } catch (e) { return cb(e); }
    if (keep && typeof keep.then === 'function') {
      keep.then(function (k) {
        if (k) copyEntryChecked(src, dest, sst, dst, o, cb);
        else cb(null);
      }, cb);
      return;
    }
    if (!keep) return cb(null);
  }
  copyEntryChecked(src, dest, sst, dst, o, cb);
}

function copyEntryChecked(src, dest, sst, dst, o, cb) {
  if (isDir(sst)) {
    if (!o.recursive) {
      return cb(systemError('ERR_FS_EISDIR', 'Path is a directory', 'cp', 'EISDIR', 21,
        src + ' is a directory (not copied)', src));
    }
    if (dst && !isDir(dst)) {
      return cb(systemError('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory',
        'cp', 'EISDIR', 21, 'cannot overwrite non-directory ' + dest + ' with directory ' + src, dest));
    }
    var copyChildren = function (err) {
      if (err) return cb(err);
      binding.scandir(src, false, function (err2, names) {
        if (err2) return cb(err2);
        var i = 0;
        (function next(e) {
          if (e) return cb(e);
          if (i === names.length) return cb(null);
          var s = src + '/' + names[i], d = dest + '/' + names[i];
          i++;
          (o.dereference ? binding.stat : binding.lstat)(s, function (e2, cst) {
            if (e2) return cb(e2);
            statOrNullAsync(d, false, function (e3, cdst) {
              if (e3) return cb(e3);
              copyEntry(s, d, cst, cdst, o, next);
            });
          });
        })(null);
      });
    };
    if (!dst) binding.mkdir(dest, sst.mode & 4095, copyChildren);
    else copyChildren(null);
    return;
  }
  if (dst && isDir(dst)) {
    return cb(systemError('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory',
      'cp', 'ENOTDIR', 20, 'cannot overwrite directory ' + dest + ' with non-directory ' + src, dest));
  }
  var isLink = (sst.mode & S_IFMT) === S_IFLNK;
  var copy = function (err) {
    if (err) return cb(err);
    if (isLink) {
      return binding.readlink(src, function (e, link) {
        if (e) return cb(e);
        if (!o.verbatimSymlinks) link = pathModule.resolve(pathModule.dirname(src), link);
        binding.symlink(link, dest, 0, cb);
      });
    }
    binding.copyfile(src, dest, 0, function (e) {
      if (e || !o.preserveTimestamps) return cb(e || null);
      binding.utimes(dest, sst.atimeMs / 1000, sst.mtimeMs / 1000, cb);
    });
  };
  if (dst) {
    if (!o.force) {
      if (o.errorOnExist) {
        return cb(systemError('ERR_FS_CP_EEXIST', 'Target already exists', 'cp', 'EEXIST', 17,
          dest + ' already exists', dest));
      }
      return cb(null);
    }
    if (isLink || (dst.mode & S_IFMT) === S_IFLNK) return binding.unlink(dest, copy);
  }
  copy(null);
}

// ---- readdir({ recursive: true }) ----

function readdirRecursiveSync(path, options) {
  var out = [];
  var queue = [''];
  for (var q = 0; q < queue.length; q++) {
    var rel = queue[q];
    var dir = rel === '' ? path : path + '/' + rel;
    var r = binding.scandir(dir, true);
    var names = r[0], types = r[1];
    for (var i = 0; i < names.length; i++) {
      var t = types[i];
      var relName = rel === '' ? names[i] : rel + '/' + names[i];
      if (t === constants.UV_DIRENT_UNKNOWN) {
        var st = null;
        try { st = binding.lstat(dir + '/' + names[i]); } catch (e) { st = null; }
        t = u.direntTypeOf(st);
      }
      out.push(options.withFileTypes ? new u.Dirent(names[i], t, dir) : relName);
      if (t === constants.UV_DIRENT_DIR) queue.push(relName);
    }
  }
  return out;
}

// The callback form, one directory at a time on the thread pool.
function readdirRecursive(path, options, callback) {
  var out = [];
  var queue = [''];
  var q = 0;
  (function nextDir() {
    if (q === queue.length) return callback(null, out);
    var rel = queue[q++];
    var dir = rel === '' ? path : path + '/' + rel;
    binding.scandir(dir, true, function (err, r) {
      if (err) return callback(err);
      var names = r[0], types = r[1], i = 0;
      (function nextEntry() {
        if (i === names.length) return nextDir();
        var name = names[i], t = types[i];
        i++;
        var relName = rel === '' ? name : rel + '/' + name;
        var add = function (type) {
          out.push(options.withFileTypes ? new u.Dirent(name, type, dir) : relName);
          if (type === constants.UV_DIRENT_DIR) queue.push(relName);
          nextEntry();
        };
        if (t !== constants.UV_DIRENT_UNKNOWN) return add(t);
        binding.lstat(dir + '/' + name, function (e, st) { add(u.direntTypeOf(e ? null : st)); });
      })();
    });
  })();
}

module.exports = {
  readdirRecursive: readdirRecursive,
  mkdirpSync: mkdirpSync,
  mkdirp: mkdirp,
  rmOptions: rmOptions,
  rmSync: rmSync,
  rm: rm,
  cpOptions: cpOptions,
  cpSync: cpSync,
  cp: cp,
  readdirRecursiveSync: readdirRecursiveSync,
  systemError: systemError
};
