/*
 * zcodec: zlib compression for duv scripts until the core zlib module
 * exists. Names follow Node's zlib so scripts port by changing the require.
 *
 *   var z = require('./zcodec.node');
 *   z.crc32('hello');                      // 907060870
 *   z.inflateSync(z.deflateSync(bytes));   // Uint8Array, same bytes
 *   z.gzip(bytes, 9, function (err, out) { ... });   // on the thread pool
 *   var d = new z.Deflate(6); d.push(a); d.push(b); d.end();   // chunks
 *
 * Built against <duv.h> alone and linked with -lz. Inputs are read in
 * place (duv_buffer_view, no copy) by the synchronous calls and the stream
 * classes; the thread-pool calls copy them first, since JavaScript may
 * change a buffer while the job runs.
 */
#include <duv.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

/* The four formats, as zlib's windowBits tell them apart. */
enum { K_DEFLATE, K_INFLATE, K_GZIP, K_GUNZIP };

static int kind_inflates(int kind) {
  return kind == K_INFLATE || kind == K_GUNZIP;
}
static int kind_window_bits(int kind) {
  return kind >= K_GZIP ? 15 + 16 : 15;
}

/* ---- Output accumulation ---------------------------------------------- */

typedef struct {
  unsigned char *p;
  size_t len, cap;
} obuf;

static int obuf_reserve(obuf *b, size_t more) {
  if (b->cap - b->len >= more) return 0;
  size_t cap = b->cap ? b->cap : 16384;
  while (cap - b->len < more) {
    if (cap > SIZE_MAX / 2) return -1;
    cap *= 2;
  }
  unsigned char *p = realloc(b->p, cap);
  if (p == NULL) return -1;
  b->p = p;
  b->cap = cap;
  return 0;
}

/* ---- The codec, free of the runtime (runs on pool threads too) -------- */

static int stream_init(z_stream *zs, int kind, int level) {
  memset(zs, 0, sizeof(*zs));
  if (kind_inflates(kind)) return inflateInit2(zs, kind_window_bits(kind));
  return deflateInit2(zs, level, Z_DEFLATED, kind_window_bits(kind), 8, Z_DEFAULT_STRATEGY);
}

static void stream_end(z_stream *zs, int kind) {
  if (kind_inflates(kind))
    inflateEnd(zs);
  else
    deflateEnd(zs);
}

/*
 * Runs zs over in[0..len) and appends what comes out to out. finish says
 * the input ends here. Returns Z_OK (all input taken, more may come),
 * Z_STREAM_END (the compressed stream is complete), or a zlib error;
 * Z_BUF_ERROR means compressed input ended too early. avail_in is 32-bit,
 * so larger inputs are fed in pieces.
 */
static int pump(z_stream *zs, int kind, const unsigned char *in, size_t len, int finish,
                obuf *out) {
  int inflating = kind_inflates(kind);
  for (;;) {
    if (zs->avail_in == 0 && len > 0) {
      uInt n = len > UINT_MAX ? UINT_MAX : (uInt)len;
      zs->next_in = (Bytef *)in;
      zs->avail_in = n;
      in += n;
      len -= n;
    }
    if (obuf_reserve(out, 16384) < 0) return Z_MEM_ERROR;
    size_t room = out->cap - out->len;
    uInt avail = room > UINT_MAX ? UINT_MAX : (uInt)room;
    zs->next_out = out->p + out->len;
    zs->avail_out = avail;
    /* inflate() with Z_FINISH fails when the output space runs out, so
     * only deflate is told the input ends. */
    int flush = (!inflating && finish && len == 0) ? Z_FINISH : Z_NO_FLUSH;
    int rc = inflating ? inflate(zs, flush) : deflate(zs, flush);
    out->len += avail - zs->avail_out;
    if (rc == Z_STREAM_END) {
      /* As Node's gunzip: bytes after a gzip member start another member
       * (and fail if they are not one), unless they are zero padding. */
      const unsigned char *next = zs->avail_in ? zs->next_in : in;
      if (kind != K_GUNZIP || (zs->avail_in == 0 && len == 0) || *next == 0) return Z_STREAM_END;
      inflateReset(zs);
      continue;
    }
    int drained = zs->avail_in == 0 && len == 0 && zs->avail_out != 0;
    if (rc == Z_BUF_ERROR && drained) rc = Z_OK; /* no progress: wants input */
    if (rc != Z_OK) return rc;
    if (drained && (inflating || !finish)) return finish ? Z_BUF_ERROR : Z_OK;
  }
}

/* A one-shot run: the whole of in, compressed or expanded, into out. On
 * failure returns the zlib code and copies zlib's message into msg. */
static int codec_run(int kind, int level, const unsigned char *in, size_t len, obuf *out, char *msg,
                     size_t msgsize) {
  z_stream zs;
  int rc = stream_init(&zs, kind, level);
  if (rc != Z_OK) {
    snprintf(msg, msgsize, "%s", zs.msg ? zs.msg : "zlib initialisation failed");
    return rc;
  }
  rc = pump(&zs, kind, in, len, 1, out);
  if (rc == Z_STREAM_END) {
    rc = Z_OK;
  } else if (zs.msg != NULL) {
    snprintf(msg, msgsize, "%s", zs.msg);
  } else {
    msg[0] = '\0';
  }
  stream_end(&zs, kind);
  return rc;
}

/* ---- Runtime side: errors, arguments, results ------------------------- */

static const char *zcode_name(int rc) {
  switch (rc) {
    case Z_NEED_DICT:
      return "Z_NEED_DICT";
    case Z_ERRNO:
      return "Z_ERRNO";
    case Z_STREAM_ERROR:
      return "Z_STREAM_ERROR";
    case Z_DATA_ERROR:
      return "Z_DATA_ERROR";
    case Z_MEM_ERROR:
      return "Z_MEM_ERROR";
    case Z_BUF_ERROR:
      return "Z_BUF_ERROR";
    case Z_VERSION_ERROR:
      return "Z_VERSION_ERROR";
    default:
      return "Z_UNKNOWN_ERROR";
  }
}

/* Makes pending the error Node's zlib throws: an Error with zlib's message,
 * code 'Z_DATA_ERROR' (etc.) and errno the zlib code. */
static void set_zlib_error(duv_runtime_t *rt, int rc, const char *msg) {
  if (msg == NULL || msg[0] == '\0') {
    msg = rc == Z_BUF_ERROR   ? "unexpected end of file"
          : rc == Z_MEM_ERROR ? "out of memory"
          : rc == Z_NEED_DICT ? "Missing dictionary"
                              : "zlib error";
  }
  duv_value_t *err = duv_error_new(rt, DUV_ERROR, zcode_name(rc), "%s", msg);
  if (err == NULL) return;
  duv_value_t *no = duv_number_new(rt, rc);
  if (no != NULL && duv_object_set(rt, err, "errno", no) == 0) duv_error_restore(rt, err);
  duv_value_release(rt, no);
  duv_value_release(rt, err);
}

static void set_stream_ended(duv_runtime_t *rt) {
  duv_error_set(rt, DUV_ERROR, "ERR_STREAM_WRITE_AFTER_END", "write after end");
}

/*
 * Reads the bytes of a string (UTF-8) or buffer argument, in place. what
 * names the argument and accepted the types, for Node's message; the
 * "Received ..." part comes from duv_buffer_view's own message.
 */
static int get_bytes(duv_runtime_t *rt, duv_value_t *v, const char *what, const char *accepted,
                     duv_buffer_view_t *out) {
  if (duv_value_type(rt, v) == DUV_TYPE_STRING) {
    size_t len;
    const char *s = duv_string_get(rt, v, &len);
    if (s == NULL) return -1;
    out->data = (void *)s;
    out->len = len;
    return 0;
  }
  if (duv_buffer_view(rt, v, out) == 0) return 0;
  duv_value_t *err = duv_error_fetch(rt);
  duv_value_t *m = err ? duv_object_get(rt, err, "message") : NULL;
  const char *text = m ? duv_string_get(rt, m, NULL) : NULL;
  const char *received = text ? strstr(text, "Received") : NULL;
  if (received != NULL)
    duv_error_set(rt, DUV_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                  "The \"%s\" argument must be of type string or an instance of %s. %s", what,
                  accepted, received);
  else if (err != NULL)
    duv_error_restore(rt, err);
  duv_value_release(rt, m);
  duv_value_release(rt, err);
  return -1;
}

static const char data_types[] = "Buffer, TypedArray, DataView, or ArrayBuffer";

/* A compression level: a number, or an options object with `level`
 * (Node's form); absent or undefined means Z_DEFAULT_COMPRESSION. */
static int get_level(duv_runtime_t *rt, duv_value_t *v, int *level) {
  *level = Z_DEFAULT_COMPRESSION;
  if (v == NULL) return 0;
  duv_value_t *lv = NULL;
  int type = duv_value_type(rt, v);
  if (type == DUV_TYPE_UNDEFINED || type == DUV_TYPE_NULL) return 0;
  if (type == DUV_TYPE_OBJECT) {
    lv = duv_object_get(rt, v, "level");
    if (lv == NULL) return -1;
    v = lv;
    if (duv_value_type(rt, v) == DUV_TYPE_UNDEFINED) {
      duv_value_release(rt, lv);
      return 0;
    }
  }
  static const char *const names[] = {"options.level"};
  double d;
  int rc = duv_args_parse_names(rt, &v, 1, "d", names, &d);
  duv_value_release(rt, lv);
  if (rc < 0) return -1;
  if (!(d >= -1 && d <= 9) || d != (int)d) {
    char shown[40];
    snprintf(shown, sizeof(shown), "%.15g", d);
    if (d != d) snprintf(shown, sizeof(shown), "NaN");
    duv_error_set(rt, DUV_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                  "The value of \"options.level\" is out of range. It must be >= -1 and <= 9. "
                  "Received %s",
                  shown);
    return -1;
  }
  *level = (int)d;
  return 0;
}

/* A Uint8Array holding out's bytes; frees out either way. */
static duv_value_t *take_result(duv_runtime_t *rt, obuf *out) {
  void *bytes;
  duv_value_t *r = duv_buffer_new(rt, out->len, &bytes);
  if (r != NULL && out->len > 0) memcpy(bytes, out->p, out->len);
  free(out->p);
  memset(out, 0, sizeof(*out));
  return r;
}

/* ---- crc32 ------------------------------------------------------------- */

/* crc32(data[, value]): zlib's CRC-32 of data, continuing from value. */
static duv_value_t *zc_crc32(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                             size_t argc) {
  (void)self;
  static const char *const names[] = {"value"};
  duv_value_t *data = argc > 0 ? argv[0] : duv_undefined(rt);
  uint32_t value = 0;
  if (argc > 1 && duv_args_parse_names(rt, argv + 1, argc - 1, "|I", names, &value) < 0)
    return NULL;
  duv_buffer_view_t view;
  if (get_bytes(rt, data, "data", "Buffer, TypedArray, or DataView", &view) < 0) return NULL;
  uLong crc = value;
  const unsigned char *p = view.data;
  size_t len = view.len;
  while (len > 0) {
    uInt n = len > UINT_MAX ? UINT_MAX : (uInt)len;
    crc = crc32(crc, p, n);
    p += n;
    len -= n;
  }
  return duv_number_new(rt, (double)crc);
}

/* ---- Synchronous one-shot calls ----------------------------------------- */

static duv_value_t *sync_call(duv_runtime_t *rt, int kind, duv_value_t *const *argv, size_t argc) {
  /* A missing argument is undefined, which get_bytes() refuses in Node's
   * words. */
  duv_value_t *data = argc > 0 ? argv[0] : duv_undefined(rt);
  int level = Z_DEFAULT_COMPRESSION;
  if (!kind_inflates(kind) && get_level(rt, argc > 1 ? argv[1] : NULL, &level) < 0) return NULL;
  duv_buffer_view_t view;
  if (get_bytes(rt, data, "buffer", data_types, &view) < 0) return NULL;
  obuf out = {0};
  char msg[128];
  int rc = codec_run(kind, level, view.data, view.len, &out, msg, sizeof(msg));
  if (rc != Z_OK) {
    free(out.p);
    set_zlib_error(rt, rc, msg);
    return NULL;
  }
  return take_result(rt, &out);
}

#define SYNC(fname, kind)                                                                   \
  static duv_value_t *fname(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv, \
                            size_t argc) {                                                  \
    (void)self;                                                                             \
    return sync_call(rt, kind, argv, argc);                                                 \
  }
SYNC(zc_deflate_sync, K_DEFLATE)
SYNC(zc_inflate_sync, K_INFLATE)
SYNC(zc_gzip_sync, K_GZIP)
SYNC(zc_gunzip_sync, K_GUNZIP)

/* ---- Thread-pool calls --------------------------------------------------- */

typedef struct {
  int kind, level, rc;
  unsigned char *in; /* a copy of the input: JS may change its buffer */
  size_t in_len;
  obuf out;
  char msg[128];
} zjob;

/* On a pool thread: touches only the job. */
static void job_execute(void *data) {
  zjob *job = data;
  job->rc =
      codec_run(job->kind, job->level, job->in, job->in_len, &job->out, job->msg, sizeof(job->msg));
}

/* On the loop: the job's result for callback(err, result). */
static duv_value_t *job_complete(duv_runtime_t *rt, void *data, int status) {
  zjob *job = data;
  duv_value_t *result = NULL;
  if (status != 0) {
    duv_error_set(rt, DUV_ERROR, "ERR_CANCELED", "The operation was canceled");
  } else if (job->rc != Z_OK) {
    set_zlib_error(rt, job->rc, job->msg);
  } else {
    result = take_result(rt, &job->out);
  }
  free(job->out.p);
  free(job->in);
  free(job);
  return result;
}

/* name(data, [level|options,] callback) */
static duv_value_t *async_call(duv_runtime_t *rt, int kind, duv_value_t *const *argv, size_t argc) {
  /* Node checks the callback first: the last of two or three arguments. */
  static const char *const names[] = {"callback"};
  duv_value_t *data = argc > 0 ? argv[0] : duv_undefined(rt);
  duv_value_t *opts = NULL;
  duv_value_t *callback = argc > 1 ? argv[1] : duv_undefined(rt);
  if (argc > 2 && duv_value_type(rt, argv[1]) != DUV_TYPE_FUNCTION) {
    opts = argv[1];
    callback = argv[2];
  }
  if (duv_args_parse_names(rt, &callback, 1, "F", names, &callback) < 0) return NULL;
  int level = Z_DEFAULT_COMPRESSION;
  if (!kind_inflates(kind) && get_level(rt, opts, &level) < 0) return NULL;
  duv_buffer_view_t view;
  if (get_bytes(rt, data, "buffer", data_types, &view) < 0) return NULL;
  zjob *job = calloc(1, sizeof(*job));
  unsigned char *copy = malloc(view.len ? view.len : 1);
  if (job == NULL || copy == NULL) {
    free(job);
    free(copy);
    duv_error_set(rt, DUV_RANGE_ERROR, NULL, "out of memory");
    return NULL;
  }
  if (view.len > 0) memcpy(copy, view.data, view.len);
  job->kind = kind;
  job->level = level;
  job->in = copy;
  job->in_len = view.len;
  if (duv_work_queue(rt, job_execute, job_complete, callback, job) < 0) {
    free(copy);
    free(job);
    return NULL;
  }
  return duv_undefined(rt);
}

#define ASYNC(fname, kind)                                                                  \
  static duv_value_t *fname(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv, \
                            size_t argc) {                                                  \
    (void)self;                                                                             \
    return async_call(rt, kind, argv, argc);                                                \
  }
ASYNC(zc_deflate, K_DEFLATE)
ASYNC(zc_inflate, K_INFLATE)
ASYNC(zc_gzip, K_GZIP)
ASYNC(zc_gunzip, K_GUNZIP)

/* ---- Stream classes: Deflate, Inflate, Gzip, Gunzip ---------------------- */

typedef struct {
  z_stream zs;
  int kind;
  int live;  /* zs is initialised (until the data ends, end() or an error) */
  int ended; /* end() was called or an error happened: no more calls */
} zstream_data;

static const duv_class_def deflate_class, inflate_class, gzip_class, gunzip_class;

/* The class a method runs for: duv_class_get() was handed its def as data. */
static zstream_data *stream_self(duv_runtime_t *rt, duv_value_t *self) {
  const duv_class_def *def = duv_function_data(rt);
  return duv_class_data(rt, self, def);
}

static int stream_class_init(duv_runtime_t *rt, duv_value_t *self, void *data,
                             duv_value_t *const *argv, size_t argc) {
  (void)self;
  const duv_class_def *def = duv_function_data(rt);
  zstream_data *s = data;
  s->kind = def == &deflate_class   ? K_DEFLATE
            : def == &inflate_class ? K_INFLATE
            : def == &gzip_class    ? K_GZIP
                                    : K_GUNZIP;
  int level = Z_DEFAULT_COMPRESSION;
  if (!kind_inflates(s->kind) && get_level(rt, argc > 0 ? argv[0] : NULL, &level) < 0) return -1;
  int rc = stream_init(&s->zs, s->kind, level);
  if (rc != Z_OK) {
    set_zlib_error(rt, rc, s->zs.msg);
    return -1;
  }
  s->live = 1;
  return 0;
}

/* Releases zlib's state: after end(), an error, or at collection. */
static void stream_close(zstream_data *s) {
  if (!s->live) return;
  stream_end(&s->zs, s->kind);
  s->live = 0;
}

static void stream_finalize(void *data) {
  stream_close(data);
}

/* Feeds one chunk (or none) and returns the output it gave. */
static duv_value_t *stream_feed(duv_runtime_t *rt, zstream_data *s, duv_value_t *chunk,
                                int finish) {
  if (s->ended) {
    set_stream_ended(rt);
    return NULL;
  }
  duv_buffer_view_t view = {NULL, 0};
  if (chunk != NULL && get_bytes(rt, chunk, "chunk", data_types, &view) < 0) return NULL;
  obuf out = {0};
  if (!s->live) {
    /* The compressed data ended in an earlier chunk: what follows is
     * ignored, as Node's inflate ignores trailing bytes. */
    if (finish) s->ended = 1;
    return take_result(rt, &out);
  }
  int rc = pump(&s->zs, s->kind, view.data, view.len, finish, &out);
  /* zlib keeps pointers into the chunk only during the call. */
  s->zs.next_in = NULL;
  s->zs.avail_in = 0;
  if (rc == Z_STREAM_END || finish || rc != Z_OK) {
    char msg[128];
    snprintf(msg, sizeof(msg), "%s", s->zs.msg ? s->zs.msg : "");
    stream_close(s);
    if (finish) s->ended = 1;
    if (rc != Z_OK && rc != Z_STREAM_END) {
      s->ended = 1;
      free(out.p);
      set_zlib_error(rt, rc, msg);
      return NULL;
    }
  }
  return take_result(rt, &out);
}

/* push(chunk): output so far. */
static duv_value_t *stream_push(duv_runtime_t *rt, duv_value_t *self, duv_value_t *const *argv,
                                size_t argc) {
  zstream_data *s = stream_self(rt, self);
  if (s == NULL) return NULL;
  static const char *const names[] = {"chunk"};
  duv_value_t *chunk;
  if (duv_args_parse_names(rt, argv, argc, "O", names, &chunk) < 0) return NULL;
  return stream_feed(rt, s, chunk, 0);
}

/* end([chunk]): the rest of the output; the stream is then finished. */
static duv_value_t *stream_end_method(duv_runtime_t *rt, duv_value_t *self,
                                      duv_value_t *const *argv, size_t argc) {
  zstream_data *s = stream_self(rt, self);
  if (s == NULL) return NULL;
  duv_value_t *chunk =
      argc > 0 && duv_value_type(rt, argv[0]) != DUV_TYPE_UNDEFINED ? argv[0] : NULL;
  return stream_feed(rt, s, chunk, 1);
}

/* ended: whether push() and end() are refused now. */
static duv_value_t *stream_ended_get(duv_runtime_t *rt, duv_value_t *self) {
  zstream_data *s = stream_self(rt, self);
  if (s == NULL) return NULL;
  return duv_boolean_new(rt, s->ended);
}

static const duv_method_def stream_methods[] = {
    {"push", stream_push, DUV_METH_FASTCALL, 1, "push(chunk): the output so far"},
    {"end", stream_end_method, DUV_METH_FASTCALL, 0, "end([chunk]): the rest of the output"},
    {NULL, NULL, 0, 0, NULL}};

static const duv_getset_def stream_getset[] = {
    {"ended", stream_ended_get, NULL, "whether the stream is finished"}, {NULL, NULL, NULL, NULL}};

#define STREAM_CLASS(var, cname)            \
  static const duv_class_def var = {        \
      .struct_size = sizeof(duv_class_def), \
      .name = cname,                        \
      .data_size = sizeof(zstream_data),    \
      .init = stream_class_init,            \
      .finalize = stream_finalize,          \
      .methods = stream_methods,            \
      .getset = stream_getset,              \
  };
STREAM_CLASS(deflate_class, "Deflate")
STREAM_CLASS(inflate_class, "Inflate")
STREAM_CLASS(gzip_class, "Gzip")
STREAM_CLASS(gunzip_class, "Gunzip")

/* ---- Module ---------------------------------------------------------------- */

static const duv_method_def zcodec_methods[] = {
    {"crc32", zc_crc32, DUV_METH_FASTCALL, 2, "crc32(data[, value]): CRC-32"},
    {"deflateSync", zc_deflate_sync, DUV_METH_FASTCALL, 2, "deflateSync(data[, level])"},
    {"inflateSync", zc_inflate_sync, DUV_METH_FASTCALL, 1, "inflateSync(data)"},
    {"gzipSync", zc_gzip_sync, DUV_METH_FASTCALL, 2, "gzipSync(data[, level])"},
    {"gunzipSync", zc_gunzip_sync, DUV_METH_FASTCALL, 1, "gunzipSync(data)"},
    {"deflate", zc_deflate, DUV_METH_FASTCALL, 3, "deflate(data[, level], callback)"},
    {"inflate", zc_inflate, DUV_METH_FASTCALL, 2, "inflate(data, callback)"},
    {"gzip", zc_gzip, DUV_METH_FASTCALL, 3, "gzip(data[, level], callback)"},
    {"gunzip", zc_gunzip, DUV_METH_FASTCALL, 2, "gunzip(data, callback)"},
    {NULL, NULL, 0, 0, NULL}};

static int zcodec_init(duv_runtime_t *rt, duv_value_t *exports, void *state) {
  (void)state;
  static const duv_class_def *const classes[] = {&deflate_class, &inflate_class, &gzip_class,
                                                 &gunzip_class};
  for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
    /* The def is the class's data: its methods find their def by it. */
    if (duv_module_add_class(rt, exports, classes[i], (void *)classes[i]) < 0) return -1;
  }
  return duv_module_add_string(rt, exports, "ZLIB_VERSION", zlibVersion());
}

static const duv_module_def zcodec_module = {
    .struct_size = sizeof(duv_module_def),
    .name = "zcodec",
    .doc = "zlib compression: one-shot, on the thread pool, and in chunks.",
    .methods = zcodec_methods,
    .init = zcodec_init,
};

DUV_ADDON(zcodec_module)
