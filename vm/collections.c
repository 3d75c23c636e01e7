/*
 * Map and Set, natively: a hash table in C over an insertion-ordered list of
 * entries, with SameValueZero keys.
 *
 * Storage. A collection object carries three hidden properties:
 * - KEY_TABLE, a dynamic buffer holding a `table` header, the entry records
 *   (key identity, hash, chain link) in insertion order, and the hash buckets;
 * - KEY_SLOTS, an array that keeps keys and values reachable by the GC
 *   (Map: key at 2i, value at 2i+1; Set: key at i);
 * - KEY_EPOCH, an object standing for the current layout of the entries.
 * Everything is in the Duktape heap, so there is no finalizer: the GC frees a
 * collection like any object. Keys are identified without touching the
 * objects: Duktape never moves heap objects and interns strings, so the heap
 * pointer of a string, symbol, object or buffer is its identity while the
 * value is alive, which the slots array ensures. Numbers are keyed by their
 * bits after -0 becomes +0 and every NaN one NaN.
 *
 * Iteration under mutation. A deleted entry stays in place, marked, until the
 * entries are compacted (when the table is full or cleared). Iterators and
 * forEach walk entry indices, skip deleted ones and see appended ones. A
 * compaction retires the epoch object: it gets the sorted list of removed
 * indices (or a `cleared` mark) and a link to the next epoch. An iterator
 * holding an old epoch replays those records to find its new index, as V8's
 * OrderedHashTable iterators do; old epochs live only while iterators hold
 * them.
 */
#include <math.h>
#include <string.h>

#include "builtins.h"

#define KEY_TABLE DUK_HIDDEN_SYMBOL("duvTable")
#define KEY_SLOTS DUK_HIDDEN_SYMBOL("duvSlots")
#define KEY_EPOCH DUK_HIDDEN_SYMBOL("duvEpoch")
#define KEY_REMOVED DUK_HIDDEN_SYMBOL("duvRemoved")
#define KEY_CLEARED DUK_HIDDEN_SYMBOL("duvCleared")
#define KEY_NEXT DUK_HIDDEN_SYMBOL("duvNext")
#define KEY_ITER_TARGET DUK_HIDDEN_SYMBOL("duvColl")
#define KEY_ITER_INDEX DUK_HIDDEN_SYMBOL("duvCollIndex")
#define KEY_ITER_KIND DUK_HIDDEN_SYMBOL("duvCollKind")
#define KEY_ITER_EPOCH DUK_HIDDEN_SYMBOL("duvCollEpoch")

#define NONE UINT32_MAX
#define MAX_ENTRIES (1u << 26)

enum { TYPE_MAP = 1, TYPE_SET = 2 };
enum { KIND_KEYS, KIND_VALUES, KIND_ENTRIES };
enum { K_DELETED, K_UNDEFINED, K_NULL, K_TRUE, K_FALSE, K_NUMBER, K_HEAP, K_POINTER, K_LIGHTFUNC };

typedef struct {
  uint64_t bits; /* number bits, heap pointer, pointer or C function */
  uint32_t hash;
  uint32_t next; /* next entry in the bucket's chain, or NONE */
  uint32_t kind;
} entry;

typedef struct {
  uint32_t type;
  uint32_t used;     /* entries in use, deleted ones included */
  uint32_t live;     /* entries not deleted: the size */
  uint32_t cap;      /* entry records allocated */
  uint32_t nbuckets; /* a power of two, or 0 */
  uint32_t pad;
} table;

typedef struct {
  uint64_t bits;
  uint32_t hash;
  uint32_t kind;
} key;

static entry *entries_of(table *t) {
  return (entry *)(t + 1);
}
static uint32_t *buckets_of(table *t) {
  return (uint32_t *)(entries_of(t) + t->cap);
}
static size_t table_bytes(uint32_t cap) {
  return sizeof(table) + (size_t)cap * sizeof(entry) + (size_t)cap * sizeof(uint32_t);
}

static uint32_t mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return (uint32_t)x;
}

/* The identity of the key at idx. A -0 there is replaced by +0 (the key a Map
 * stores for -0). */
static void key_of(duk_context *ctx, duk_idx_t idx, key *k) {
  k->bits = 0;
  switch (duk_get_type(ctx, idx)) {
    case DUK_TYPE_UNDEFINED:
      k->kind = K_UNDEFINED;
      break;
    case DUK_TYPE_NULL:
      k->kind = K_NULL;
      break;
    case DUK_TYPE_BOOLEAN:
      k->kind = duk_get_boolean(ctx, idx) ? K_TRUE : K_FALSE;
      break;
    case DUK_TYPE_NUMBER: {
      double d = duk_get_number(ctx, idx);
      if (d == 0) {
        if (signbit(d)) {
          duk_push_int(ctx, 0);
          duk_replace(ctx, idx);
        }
        d = 0;
      } else if (isnan(d)) {
        d = NAN;
      }
      memcpy(&k->bits, &d, sizeof(d));
      k->kind = K_NUMBER;
      break;
    }
    case DUK_TYPE_POINTER:
      k->bits = (uint64_t)(uintptr_t)duk_get_pointer(ctx, idx);
      k->kind = K_POINTER;
      break;
    case DUK_TYPE_LIGHTFUNC: {
      /* Identity of a lightfunc: its C function (magic is not told apart). */
      duk_c_function fn = duk_get_c_function(ctx, idx);
      memcpy(&k->bits, &fn, sizeof(fn) < sizeof(k->bits) ? sizeof(fn) : sizeof(k->bits));
      k->kind = K_LIGHTFUNC;
      break;
    }
    default: /* string, symbol, object, buffer */
      k->bits = (uint64_t)(uintptr_t)duk_get_heapptr(ctx, idx);
      k->kind = K_HEAP;
      break;
  }
  k->hash = mix(k->bits ^ ((uint64_t)k->kind << 56));
}

/* The index of the entry with that key, or NONE; *prev gets the entry before
 * it in its chain (NONE when it is the head). */
static uint32_t find(table *t, const key *k, uint32_t *prev) {
  if (t->nbuckets == 0) return NONE;
  entry *e = entries_of(t);
  uint32_t p = NONE;
  for (uint32_t i = buckets_of(t)[k->hash & (t->nbuckets - 1)]; i != NONE; i = e[i].next) {
    if (e[i].hash == k->hash && e[i].kind == k->kind && e[i].bits == k->bits) {
      if (prev) *prev = p;
      return i;
    }
    p = i;
  }
  return NONE;
}

static void rebuild_buckets(table *t) {
  entry *e = entries_of(t);
  uint32_t *b = buckets_of(t);
  uint32_t mask = t->nbuckets - 1;
  for (uint32_t i = 0; i < t->nbuckets; i++) b[i] = NONE;
  for (uint32_t i = t->used; i-- > 0;) {
    if (e[i].kind == K_DELETED) continue;
    uint32_t h = e[i].hash & mask;
    e[i].next = b[h];
    b[h] = i;
  }
}

/* ---- Access to a collection's parts ---- */

/* The table of the collection at idx, checked to be of `type`; throws a
 * TypeError for any other receiver. */
static table *table_of(duk_context *ctx, duk_idx_t idx, uint32_t type, const char *method) {
  table *t = NULL;
  if (duk_is_object(ctx, idx) && duk_get_prop_literal(ctx, idx, KEY_TABLE))
    t = duk_get_buffer_data(ctx, -1, NULL);
  duk_pop(ctx);
  if (t == NULL || t->type != type)
    (void)duk_type_error(ctx, "Method %s.prototype.%s called on incompatible receiver %s",
                         type == TYPE_MAP ? "Map" : "Set", method, duk_safe_to_string(ctx, idx));
  return t;
}

static uint32_t stride_of(const table *t) {
  return t->type == TYPE_MAP ? 2 : 1;
}

/* A new epoch object, made current for the collection at idx. The old one gets
 * the transition record: `removed` (a buffer of sorted uint32 indices) or
 * `cleared`, which must be at the top (popped). Allocates before it changes
 * anything that matters, so an out-of-memory error leaves the epoch as it was. */
static void retire_epoch(duk_context *ctx, duk_idx_t coll_idx, const char *record_key) {
  duk_push_bare_object(ctx); /* [ record new ] */
  duk_get_prop_literal(ctx, coll_idx, KEY_EPOCH);
  duk_dup(ctx, -2);
  duk_put_prop_literal(ctx, -2, KEY_NEXT);
  duk_dup(ctx, -3);
  duk_put_prop_string(ctx, -2, record_key);
  duk_pop(ctx);
  DUV__PUT_INTERNAL(ctx, coll_idx, KEY_EPOCH);
  duk_pop(ctx);
}

/*
 * Make room for one more entry: double the capacity when at least half the
 * entries are live, and drop the deleted ones. Every allocation happens before
 * the table changes, so a failure leaves it intact.
 */
static table *grow(duk_context *ctx, duk_idx_t coll_idx, duk_idx_t slots_idx, uint32_t tbl_idx) {
  table *t = duk_get_buffer_data(ctx, tbl_idx, NULL);
  uint32_t cap = t->cap == 0 ? 8 : (t->live >= t->cap / 2 ? t->cap * 2 : t->cap);
  if (cap > MAX_ENTRIES)
    (void)duk_range_error(ctx, "%s maximum size exceeded", t->type == TYPE_MAP ? "Map" : "Set");
  uint32_t stride = stride_of(t);
  uint32_t removed = t->used - t->live;
  if (removed > 0) {
    /* The list of removed indices for iterators, and the compacted slots. */
    uint32_t *list = duk_push_fixed_buffer(ctx, removed * sizeof(uint32_t));
    t = duk_get_buffer_data(ctx, tbl_idx, NULL);
    entry *e = entries_of(t);
    for (uint32_t i = 0, n = 0; i < t->used; i++)
      if (e[i].kind == K_DELETED) list[n++] = i;
    duk_push_array(ctx);
    duk_uarridx_t n = 0;
    for (uint32_t i = 0; i < t->used; i++) {
      if (e[i].kind == K_DELETED) continue;
      for (uint32_t s = 0; s < stride; s++) {
        duk_get_prop_index(ctx, slots_idx, i * stride + s);
        duk_put_prop_index(ctx, -2, n++);
        t = duk_get_buffer_data(ctx, tbl_idx, NULL);
        e = entries_of(t);
      }
    }
    /* [ ... list newslots ] */
    duk_resize_buffer(ctx, tbl_idx, table_bytes(cap > t->cap ? cap : t->cap));
    duk_swap_top(ctx, -2);
    retire_epoch(ctx, coll_idx, KEY_REMOVED);
    /* Committed from here on: nothing below allocates. */
    duk_dup_top(ctx);
    DUV__PUT_INTERNAL(ctx, coll_idx, KEY_SLOTS);
    duk_replace(ctx, slots_idx);
    t = duk_get_buffer_data(ctx, tbl_idx, NULL);
    e = entries_of(t);
    uint32_t j = 0;
    for (uint32_t i = 0; i < t->used; i++)
      if (e[i].kind != K_DELETED) e[j++] = e[i];
    t->used = j;
  } else {
    duk_resize_buffer(ctx, tbl_idx, table_bytes(cap));
  }
  t = duk_get_buffer_data(ctx, tbl_idx, NULL);
  t->cap = cap;
  t->nbuckets = cap;
  rebuild_buckets(t);
  return t;
}

/*
 * Insert or update: key at key_idx, value at val_idx (ignored for a Set).
 * The stack holds the collection at coll_idx.
 */
static void put(duk_context *ctx, duk_idx_t coll_idx, duk_idx_t key_idx, duk_idx_t val_idx,
                uint32_t type, const char *method) {
  coll_idx = duk_normalize_index(ctx, coll_idx);
  key_idx = duk_normalize_index(ctx, key_idx);
  val_idx = duk_normalize_index(ctx, val_idx);
  table *t = table_of(ctx, coll_idx, type, method);
  key k;
  key_of(ctx, key_idx, &k);
  uint32_t i = find(t, &k, NULL);
  duk_get_prop_literal(ctx, coll_idx, KEY_SLOTS);
  duk_idx_t slots_idx = duk_get_top_index(ctx);
  if (i != NONE) {
    if (type == TYPE_MAP) {
      duk_dup(ctx, val_idx);
      duk_put_prop_index(ctx, slots_idx, 2 * i + 1);
    }
    duk_pop(ctx);
    return;
  }
  if (t->used == t->cap) {
    duk_get_prop_literal(ctx, coll_idx, KEY_TABLE);
    t = grow(ctx, coll_idx, slots_idx, duk_get_top_index(ctx));
    duk_pop(ctx);
  }
  /* Store the key and value first: these may allocate, and an allocation may
   * run finalizers that change this very collection, so check again after. */
  i = t->used;
  uint32_t stride = stride_of(t);
  duk_dup(ctx, key_idx);
  duk_put_prop_index(ctx, slots_idx, i * stride);
  if (type == TYPE_MAP) {
    duk_dup(ctx, val_idx);
    duk_put_prop_index(ctx, slots_idx, i * stride + 1);
  }
  t = table_of(ctx, coll_idx, type, method);
  duk_get_prop_literal(ctx, coll_idx, KEY_SLOTS);
  int moved = duk_get_heapptr(ctx, -1) != duk_get_heapptr(ctx, slots_idx);
  duk_pop_2(ctx);
  if (moved || i != t->used || i >= t->cap || find(t, &k, NULL) != NONE) {
    put(ctx, coll_idx, key_idx, val_idx, type, method);
    return;
  }
  entry *e = &entries_of(t)[i];
  e->bits = k.bits;
  e->hash = k.hash;
  e->kind = k.kind;
  uint32_t *b = &buckets_of(t)[k.hash & (t->nbuckets - 1)];
  e->next = *b;
  *b = i;
  t->used++;
  t->live++;
}

/* Remove the key at key_idx; returns whether it was there. */
static int remove_key(duk_context *ctx, duk_idx_t coll_idx, duk_idx_t key_idx, uint32_t type) {
  table *t = table_of(ctx, coll_idx, type, "delete");
  key k;
  key_of(ctx, key_idx, &k);
  uint32_t prev = NONE;
  uint32_t i = find(t, &k, &prev);
  if (i == NONE) return 0;
  entry *e = entries_of(t);
  if (prev == NONE)
    buckets_of(t)[k.hash & (t->nbuckets - 1)] = e[i].next;
  else
    e[prev].next = e[i].next;
  e[i].kind = K_DELETED;
  e[i].bits = 0;
  t->live--;
  /* Let the GC have the key and the value. */
  uint32_t stride = stride_of(t);
  duk_get_prop_literal(ctx, coll_idx, KEY_SLOTS);
  for (uint32_t s = 0; s < stride; s++) {
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, i * stride + s);
  }
  duk_pop(ctx);
  return 1;
}

static void init_storage(duk_context *ctx, duk_idx_t coll_idx, uint32_t type) {
  coll_idx = duk_normalize_index(ctx, coll_idx);
  table *t = duk_push_dynamic_buffer(ctx, sizeof(table));
  memset(t, 0, sizeof(*t));
  t->type = type;
  duk_put_prop_literal(ctx, coll_idx, KEY_TABLE);
  duk_push_array(ctx);
  duk_put_prop_literal(ctx, coll_idx, KEY_SLOTS);
  duk_push_bare_object(ctx);
  duk_put_prop_literal(ctx, coll_idx, KEY_EPOCH);
}

/*
 * Bring an index kept across possible mutations up to date: the epoch object
 * at epoch_idx is replayed up to the collection's current one, and replaced by
 * it. Returns the new index.
 */
static double sync_index(duk_context *ctx, duk_idx_t coll_idx, duk_idx_t epoch_idx, double i) {
  duk_get_prop_literal(ctx, coll_idx, KEY_EPOCH);
  void *current = duk_get_heapptr(ctx, -1);
  duk_pop(ctx);
  while (duk_get_heapptr(ctx, epoch_idx) != current) {
    if (duk_get_prop_literal(ctx, epoch_idx, KEY_CLEARED)) {
      i = 0;
    } else {
      duk_pop(ctx);
      duk_get_prop_literal(ctx, epoch_idx, KEY_REMOVED);
      duk_size_t size = 0;
      const uint32_t *list = duk_get_buffer_data(ctx, -1, &size);
      size_t lo = 0, hi = size / sizeof(uint32_t);
      while (lo < hi) { /* how many removed indices are below i */
        size_t mid = (lo + hi) / 2;
        if (list[mid] < i)
          lo = mid + 1;
        else
          hi = mid;
      }
      i -= (double)lo;
    }
    duk_pop(ctx);
    duk_get_prop_literal(ctx, epoch_idx, KEY_NEXT);
    duk_replace(ctx, epoch_idx);
  }
  return i;
}

/* ---- Constructors ---- */

typedef struct {
  duk_idx_t coll_idx;
  duk_idx_t adder_idx; /* the set/add method, or -1 when it is the built-in one */
  uint32_t type;
} fill_state;

static void fill_map_entry(duk_context *ctx, void *udata) {
  fill_state *st = udata;
  if (!duk_is_object(ctx, -1))
    (void)duk_type_error(ctx, "Iterator value %s is not an entry object",
                         duk_safe_to_string(ctx, -1));
  duk_get_prop_index(ctx, -1, 0);
  duk_get_prop_index(ctx, -2, 1);
  if (st->adder_idx < 0) {
    put(ctx, st->coll_idx, -2, -1, TYPE_MAP, "set");
  } else {
    duk_dup(ctx, st->adder_idx);
    duk_dup(ctx, st->coll_idx);
    duk_dup(ctx, -4);
    duk_dup(ctx, -4);
    duk_call_method(ctx, 2);
    duk_pop(ctx);
  }
  duk_pop_3(ctx);
}

static void fill_set_value(duk_context *ctx, void *udata) {
  fill_state *st = udata;
  if (st->adder_idx < 0) {
    put(ctx, st->coll_idx, -1, -1, TYPE_SET, "add");
  } else {
    duk_dup(ctx, st->adder_idx);
    duk_dup(ctx, st->coll_idx);
    duk_dup(ctx, -3);
    duk_call_method(ctx, 1);
    duk_pop(ctx);
  }
  duk_pop(ctx);
}

static duk_ret_t map_set(duk_context *ctx);
static duk_ret_t set_add(duk_context *ctx);

static duk_ret_t construct(duk_context *ctx, uint32_t type) {
  const char *name = type == TYPE_MAP ? "Map" : "Set";
  const char *adder = type == TYPE_MAP ? "set" : "add";
  if (!duk_is_constructor_call(ctx))
    return duk_type_error(ctx, "Constructor %s requires 'new'", name);
  duk_push_this(ctx); /* [ iterable this ] */
  init_storage(ctx, 1, type);
  if (duk_is_null_or_undefined(ctx, 0)) return 0;
  duk_get_prop_string(ctx, 1, adder);
  if (!duk_is_callable(ctx, -1))
    return duk_type_error(ctx,
                          "'%s' returned for property '%s' of object '#<%s>' is not a function",
                          duk_safe_to_string(ctx, -1), adder, name);
  duk_c_function builtin = type == TYPE_MAP ? map_set : set_add;
  fill_state st = {1, duk_get_c_function(ctx, -1) == builtin ? -1 : 2, type};
  duv__iterate(ctx, 0, type == TYPE_MAP ? fill_map_entry : fill_set_value, &st);
  return 0;
}

static duk_ret_t map_ctor(duk_context *ctx) {
  return construct(ctx, TYPE_MAP);
}
static duk_ret_t set_ctor(duk_context *ctx) {
  return construct(ctx, TYPE_SET);
}

/* ---- Methods (magic: the type, for those Map and Set share) ---- */

static duk_ret_t map_get(duk_context *ctx) {
  duk_push_this(ctx);
  table *t = table_of(ctx, 1, TYPE_MAP, "get");
  key k;
  key_of(ctx, 0, &k);
  uint32_t i = find(t, &k, NULL);
  if (i == NONE) return 0;
  duk_get_prop_literal(ctx, 1, KEY_SLOTS);
  duk_get_prop_index(ctx, -1, 2 * i + 1);
  return 1;
}

static duk_ret_t map_set(duk_context *ctx) {
  duk_push_this(ctx);
  put(ctx, 2, 0, 1, TYPE_MAP, "set");
  duk_push_this(ctx);
  return 1;
}

static duk_ret_t set_add(duk_context *ctx) {
  duk_push_this(ctx);
  put(ctx, 1, 0, 0, TYPE_SET, "add");
  duk_push_this(ctx);
  return 1;
}

static duk_ret_t coll_has(duk_context *ctx) {
  duk_push_this(ctx);
  table *t = table_of(ctx, 1, (uint32_t)duk_get_current_magic(ctx), "has");
  key k;
  key_of(ctx, 0, &k);
  duk_push_boolean(ctx, find(t, &k, NULL) != NONE);
  return 1;
}

static duk_ret_t coll_delete(duk_context *ctx) {
  duk_push_this(ctx);
  duk_push_boolean(ctx, remove_key(ctx, 1, 0, (uint32_t)duk_get_current_magic(ctx)));
  return 1;
}

static duk_ret_t coll_clear(duk_context *ctx) {
  uint32_t type = (uint32_t)duk_get_current_magic(ctx);
  duk_push_this(ctx);
  table *t = table_of(ctx, 0, type, "clear");
  if (t->used == 0) return 0;
  /* Allocate first; then empty the table before the old slots go, since
   * dropping them may run finalizers that use this collection. */
  duk_push_array(ctx);
  duk_push_true(ctx);
  retire_epoch(ctx, 0, KEY_CLEARED);
  t = table_of(ctx, 0, type, "clear");
  t->used = t->live = t->cap = t->nbuckets = 0;
  duk_get_prop_literal(ctx, 0, KEY_TABLE);
  duk_resize_buffer(ctx, -1, sizeof(table));
  duk_pop(ctx);
  DUV__PUT_INTERNAL(ctx, 0, KEY_SLOTS);
  return 0;
}

static duk_ret_t coll_size(duk_context *ctx) {
  duk_push_this(ctx);
  duk_push_uint(ctx, table_of(ctx, 0, (uint32_t)duk_get_current_magic(ctx), "size")->live);
  return 1;
}

/* Push the key or the value of entry i (Set: the key twice). */
static void push_slot(duk_context *ctx, duk_idx_t slots_idx, const table *t, uint32_t i,
                      int value) {
  duk_get_prop_index(ctx, slots_idx, i * stride_of(t) + (value && t->type == TYPE_MAP ? 1 : 0));
}

static duk_ret_t coll_for_each(duk_context *ctx) {
  uint32_t type = (uint32_t)duk_get_current_magic(ctx);
  duk_set_top(ctx, 2);
  duk_push_this(ctx); /* [ cb thisArg coll ] */
  table *t = table_of(ctx, 2, type, "forEach");
  if (!duk_is_callable(ctx, 0))
    return duk_type_error(ctx, "%s is not a function", duk_safe_to_string(ctx, 0));
  duk_get_prop_literal(ctx, 2, KEY_EPOCH); /* 3: epoch */
  duk_get_prop_literal(ctx, 2, KEY_SLOTS); /* 4: slots */
  for (double i = 0;; i++) {
    i = sync_index(ctx, 2, 3, i);
    t = table_of(ctx, 2, type, "forEach");
    entry *e = entries_of(t);
    while (i < t->used && e[(uint32_t)i].kind == K_DELETED) i++;
    if (i >= t->used) break;
    duk_get_prop_literal(ctx, 2, KEY_SLOTS);
    duk_replace(ctx, 4);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    push_slot(ctx, 4, t, (uint32_t)i, 1);
    push_slot(ctx, 4, t, (uint32_t)i, 0);
    duk_dup(ctx, 2);
    duk_call_method(ctx, 3);
    duk_pop(ctx);
  }
  return 0;
}

/* ---- Iterators ---- */

static duk_ret_t make_iterator(duk_context *ctx, uint32_t type, int kind, const char *method) {
  duk_push_this(ctx);
  table_of(ctx, 0, type, method);
  duk_push_object(ctx);
  duv__stash_get(ctx, type == TYPE_MAP ? DUV__STASH_MAP_ITER_PROTO : DUV__STASH_SET_ITER_PROTO);
  duk_set_prototype(ctx, -2);
  duk_dup(ctx, 0);
  duk_put_prop_literal(ctx, -2, KEY_ITER_TARGET);
  duk_push_uint(ctx, 0);
  duk_put_prop_literal(ctx, -2, KEY_ITER_INDEX);
  duk_push_int(ctx, kind);
  duk_put_prop_literal(ctx, -2, KEY_ITER_KIND);
  duk_get_prop_literal(ctx, 0, KEY_EPOCH);
  duk_put_prop_literal(ctx, -2, KEY_ITER_EPOCH);
  return 1;
}

static duk_ret_t map_entries(duk_context *ctx) {
  return make_iterator(ctx, TYPE_MAP, KIND_ENTRIES, "entries");
}
static duk_ret_t map_keys(duk_context *ctx) {
  return make_iterator(ctx, TYPE_MAP, KIND_KEYS, "keys");
}
static duk_ret_t map_values(duk_context *ctx) {
  return make_iterator(ctx, TYPE_MAP, KIND_VALUES, "values");
}
static duk_ret_t set_entries(duk_context *ctx) {
  return make_iterator(ctx, TYPE_SET, KIND_ENTRIES, "entries");
}
static duk_ret_t set_values(duk_context *ctx) {
  return make_iterator(ctx, TYPE_SET, KIND_VALUES, "values");
}

static duk_ret_t coll_iter_next(duk_context *ctx) {
  uint32_t type = (uint32_t)duk_get_current_magic(ctx);
  duk_push_this(ctx);
  if (!duk_is_object(ctx, 0) || !duk_get_prop_literal(ctx, 0, KEY_ITER_KIND))
    return duk_type_error(ctx, "next method called on incompatible receiver %s",
                          duk_safe_to_string(ctx, 0));
  int kind = duk_get_int(ctx, 1);
  duk_get_prop_literal(ctx, 0, KEY_ITER_TARGET); /* 2: collection */
  if (duk_is_undefined(ctx, 2)) return duv__push_iter_result(ctx, 1), 1;
  table *t = table_of(ctx, 2, type, "next");
  duk_get_prop_literal(ctx, 0, KEY_ITER_INDEX);
  double i = duk_get_number(ctx, -1);
  duk_pop(ctx);
  duk_get_prop_literal(ctx, 0, KEY_ITER_EPOCH); /* 3: epoch */
  void *before = duk_get_heapptr(ctx, 3);
  i = sync_index(ctx, 2, 3, i);
  if (duk_get_heapptr(ctx, 3) != before) {
    duk_dup(ctx, 3);
    DUV__PUT_INTERNAL(ctx, 0, KEY_ITER_EPOCH);
  }
  entry *e = entries_of(t);
  while (i < t->used && e[(uint32_t)i].kind == K_DELETED) i++;
  if (i >= t->used) {
    /* Done for good, even if the collection grows later. */
    duk_push_undefined(ctx);
    DUV__PUT_INTERNAL(ctx, 0, KEY_ITER_TARGET);
    duk_push_undefined(ctx);
    DUV__PUT_INTERNAL(ctx, 0, KEY_ITER_EPOCH);
    duk_push_undefined(ctx);
    duv__push_iter_result(ctx, 1);
    return 1;
  }
  duk_push_number(ctx, i + 1);
  DUV__PUT_INTERNAL(ctx, 0, KEY_ITER_INDEX);
  duk_get_prop_literal(ctx, 2, KEY_SLOTS); /* 4: slots */
  if (kind == KIND_ENTRIES) {
    duk_push_array(ctx);
    push_slot(ctx, 4, t, (uint32_t)i, 0);
    duk_put_prop_index(ctx, -2, 0);
    push_slot(ctx, 4, t, (uint32_t)i, 1);
    duk_put_prop_index(ctx, -2, 1);
  } else {
    push_slot(ctx, 4, t, (uint32_t)i, kind == KIND_VALUES);
  }
  duv__push_iter_result(ctx, 0);
  return 1;
}

/* ---- Setup ---- */

static void def_magic(duk_context *ctx, duk_idx_t obj_idx, const char *name, duk_c_function fn,
                      duk_int_t nargs, duk_int_t length, uint32_t type) {
  obj_idx = duk_normalize_index(ctx, obj_idx);
  duv__push_native(ctx, name, fn, nargs, length);
  duk_set_magic(ctx, -1, (duk_int_t)type);
  duv__def_hidden_value(ctx, obj_idx, name);
}

static void def_iter_proto(duk_context *ctx, uint32_t type, const char *tag, const char *slot) {
  duk_push_object(ctx);
  duv__stash_get(ctx, DUV__STASH_ITER_PROTO);
  duk_set_prototype(ctx, -2);
  def_magic(ctx, -1, "next", coll_iter_next, 0, 0, type);
  duv__def_tag(ctx, -1, tag);
  duv__stash_put(ctx, slot);
}

/* The `size` getter on the prototype at the top. */
static void def_size(duk_context *ctx, uint32_t type) {
  duk_push_string(ctx, "size");
  duv__push_native(ctx, "get size", coll_size, 0, 0);
  duk_set_magic(ctx, -1, (duk_int_t)type);
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
}

/* Push the constructor and its prototype: [ ... ctor proto ]. */
static void push_class(duk_context *ctx, const char *name, duk_c_function ctor) {
  duv__push_native(ctx, name, ctor, 1, 0);
  duk_push_object(ctx);
  duk_dup(ctx, -2);
  duk_push_string(ctx, "constructor");
  duk_swap_top(ctx, -2);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_ATTR_WC);
  duk_push_string(ctx, "prototype");
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_HAVE_WEC | DUK_DEFPROP_FORCE);
  duv__def_tag(ctx, -1, name);
}

void duv__builtins_collections_init(duk_context *ctx) {
  duk_push_global_object(ctx);
  if (!duk_has_prop_string(ctx, -1, "Map")) {
    def_iter_proto(ctx, TYPE_MAP, "Map Iterator", DUV__STASH_MAP_ITER_PROTO);
    push_class(ctx, "Map", map_ctor);
    static const duv__method map_methods[] = {{"get", map_get, 1, 1},
                                              {"set", map_set, 2, 2},
                                              {"keys", map_keys, 0, 0},
                                              {"values", map_values, 0, 0},
                                              {NULL, NULL, 0, 0}};
    duv__def_methods(ctx, -1, map_methods, 0);
    def_magic(ctx, -1, "has", coll_has, 1, 1, TYPE_MAP);
    def_magic(ctx, -1, "delete", coll_delete, 1, 1, TYPE_MAP);
    def_magic(ctx, -1, "clear", coll_clear, 0, 0, TYPE_MAP);
    def_magic(ctx, -1, "forEach", coll_for_each, 2, 1, TYPE_MAP);
    duv__push_native(ctx, "entries", map_entries, 0, 0);
    duk_dup_top(ctx);
    duv__def_hidden_value(ctx, -3, "entries");
    duv__def_hidden_value(ctx, -2, DUV__SYM_ITERATOR);
    def_size(ctx, TYPE_MAP);
    duk_pop(ctx);
    duv__def_hidden_value(ctx, -2, "Map");
  }
  if (!duk_has_prop_string(ctx, -1, "Set")) {
    def_iter_proto(ctx, TYPE_SET, "Set Iterator", DUV__STASH_SET_ITER_PROTO);
    push_class(ctx, "Set", set_ctor);
    static const duv__method set_methods[] = {
        {"add", set_add, 1, 1}, {"entries", set_entries, 0, 0}, {NULL, NULL, 0, 0}};
    duv__def_methods(ctx, -1, set_methods, 0);
    def_magic(ctx, -1, "has", coll_has, 1, 1, TYPE_SET);
    def_magic(ctx, -1, "delete", coll_delete, 1, 1, TYPE_SET);
    def_magic(ctx, -1, "clear", coll_clear, 0, 0, TYPE_SET);
    def_magic(ctx, -1, "forEach", coll_for_each, 2, 1, TYPE_SET);
    duv__push_native(ctx, "values", set_values, 0, 0);
    duk_dup_top(ctx);
    duv__def_hidden_value(ctx, -3, "values");
    duk_dup_top(ctx);
    duv__def_hidden_value(ctx, -3, "keys");
    duv__def_hidden_value(ctx, -2, DUV__SYM_ITERATOR);
    def_size(ctx, TYPE_SET);
    duk_pop(ctx);
    duv__def_hidden_value(ctx, -2, "Set");
  }
  duk_pop(ctx);
}
