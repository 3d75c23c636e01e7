/*
 * Date.parse as V8 parses (hooked in through DUK_USE_DATE_PARSE_STRING, see
 * vm/duktape/duk_config.h and vm/duktape/patches/0004-date-parse-hook-first.patch:
 * Duktape calls this before its own ISO 8601 parser). The ES Date Time String
 * Format first (date-only forms UTC, date-time forms local), then what V8's
 * "legacy" parser accepts, by the same rules, so that strings real code meets
 * parse to the same time values:
 *
 *   Tue, 01 Mar 2022 10:00:00 GMT          (RFC 1123, toUTCString, HTTP)
 *   Tuesday, 01-Mar-22 10:00:00 GMT        (RFC 850)
 *   Tue Mar  1 10:00:00 2022               (asctime)
 *   Tue Mar 01 2022 10:00:00 GMT+0100 (Central European Standard Time)
 *   Mar 1, 2022 / March 1, 2022 10:00:00 / 1 March 2022
 *   2022/03/01 10:00:00 / 3/1/2022 / 10:00 PM
 *
 * The string is read as tokens: numbers, words, signs, other characters, and
 * parenthesised comments (skipped). Numbers followed by ':' make the time;
 * other numbers make the date (month/day/year, or year/month/day when the
 * first is no day of a month; a month name fixes the month); a sign after the
 * time or after GMT/UTC starts a zone offset (+0100, +01:00, -8); zone words
 * are Z, UT, UTC, GMT and the US zones EST/EDT/CST/CDT/MST/MDT/PST/PDT. Words
 * other than these, month names and AM/PM are allowed only before the first
 * number (day names). With no zone the time is local, by the C library's
 * mktime(). Returns 1 with the time value pushed, or 0 (Date.parse gives NaN).
 */
#include <ctype.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define NONE (-1)

enum tok_kind { T_END, T_NUMBER, T_WORD, T_SIGN, T_SPACE, T_SYMBOL, T_SKIP };

typedef struct {
  enum tok_kind kind;
  long value;   /* number value, sign (+1/-1) or symbol character */
  int length;   /* digits of a number */
  char word[4]; /* a word's first three letters, lowercased, NUL-padded */
  int word_len;
} token;

typedef struct {
  const unsigned char *p;
} scanner;

static token next_token(scanner *s) {
  token t;
  memset(&t, 0, sizeof(t));
  const unsigned char *p = s->p;
  if (*p == '\0') {
    t.kind = T_END;
  } else if (isdigit(*p)) {
    t.kind = T_NUMBER;
    while (isdigit(*p)) {
      /* V8 keeps reading digits but stops growing the value past 9 digits. */
      if (t.length < 9) t.value = t.value * 10 + (*p - '0');
      t.length++;
      p++;
    }
  } else if (isalpha(*p) || *p >= 0x80) {
    t.kind = T_WORD;
    while (isalpha(*p) || *p >= 0x80) {
      if (t.word_len < 3) t.word[t.word_len] = (char)tolower(*p);
      t.word_len++;
      p++;
    }
  } else if (*p == '+' || *p == '-') {
    t.kind = T_SIGN;
    t.value = *p == '+' ? 1 : -1;
    p++;
  } else if (isspace(*p)) {
    t.kind = T_SPACE;
    while (isspace(*p)) p++;
  } else if (*p == '(') {
    /* A comment, nested parentheses included: skipped. */
    int depth = 0;
    do {
      if (*p == '(') depth++;
      if (*p == ')') depth--;
      p++;
    } while (depth > 0 && *p != '\0');
    t.kind = T_SKIP;
  } else {
    t.kind = T_SYMBOL;
    t.value = *p++;
  }
  s->p = p;
  return t;
}

static token peek_token(scanner *s) {
  scanner copy = *s;
  return next_token(&copy);
}

static int is_symbol(const token *t, char c) {
  if (c == '-' || c == '+') return t->kind == T_SIGN && t->value == (c == '+' ? 1 : -1);
  return t->kind == T_SYMBOL && t->value == c;
}

static int is_fixed_number(const token *t, int length) {
  return t->kind == T_NUMBER && t->length == length;
}

static int skip_symbol(scanner *s, char c) {
  token t = peek_token(s);
  if (is_symbol(&t, c)) {
    next_token(s);
    return 1;
  }
  return 0;
}

/* Keywords: what they are and their value. */
enum kw_type { KW_NONE, KW_MONTH, KW_AMPM, KW_ZONE, KW_T };

static enum kw_type keyword(const token *t, int *value) {
  static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
  static const struct {
    const char *name;
    enum kw_type type;
    int value;
  } words[] = {{"am", KW_AMPM, 0},   {"pm", KW_AMPM, 12},  {"ut", KW_ZONE, 0},
               {"utc", KW_ZONE, 0},  {"z", KW_ZONE, 0},    {"gmt", KW_ZONE, 0},
               {"cdt", KW_ZONE, -5}, {"cst", KW_ZONE, -6}, {"edt", KW_ZONE, -4},
               {"est", KW_ZONE, -5}, {"mdt", KW_ZONE, -6}, {"mst", KW_ZONE, -7},
               {"pdt", KW_ZONE, -7}, {"pst", KW_ZONE, -8}, {"t", KW_T, 0}};
  /* Only month names may be longer than their three-letter key. */
  for (int i = 0; i < 12; i++) {
    if (t->word_len >= 3 && strcmp(t->word, months[i]) == 0) {
      *value = i + 1;
      return KW_MONTH;
    }
  }
  if (t->word_len > 3) return KW_NONE;
  for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
    if (strcmp(t->word, words[i].name) == 0) {
      *value = words[i].value;
      return words[i].type;
    }
  }
  return KW_NONE;
}

typedef struct {
  long comp[3];
  int n;
  int named_month;
} day_parts;

typedef struct {
  long comp[4];
  int n;
  int hour_offset; /* NONE, 0 (AM) or 12 (PM) */
} time_parts;

typedef struct {
  int sign; /* 0 while no zone was given */
  long hour, minute;
} zone_parts;

static int is_minute(long n) {
  return n >= 0 && n <= 59;
}
static int is_ms(long n) {
  return n >= 0 && n <= 999;
}

static int time_add(time_parts *t, long n) {
  if (t->n >= 4) return 0;
  t->comp[t->n++] = n;
  return 1;
}

static int time_add_final(time_parts *t, long n) {
  if (!time_add(t, n)) return 0;
  while (t->n < 4) t->comp[t->n++] = 0;
  return 1;
}

static int time_expecting(const time_parts *t, long n) {
  return (t->n == 1 && is_minute(n)) || (t->n == 2 && is_minute(n)) || (t->n == 3 && is_ms(n));
}

/* A fraction of a second: its first three digits as milliseconds. */
static long read_ms(const token *t) {
  long v = t->value;
  int len = t->length > 9 ? 9 : t->length;
  if (len == 1) return v * 100;
  if (len == 2) return v * 10;
  while (len > 3) {
    v /= 10;
    len--;
  }
  return v;
}

/* Days from 1970-01-01 to year-month-01 (proleptic Gregorian). */
static double days_from_civil(double y, int m) {
  y -= m <= 2;
  double era = floor(y / 400);
  double yoe = y - era * 400;
  double doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5;
  double doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + floor(doy);
  return era * 146097 + doe - 719468;
}

/* Local time to UTC milliseconds with the C library's zone rules. */
static int local_to_utc(long year, long month, long day, long h, long mi, long s, double *out) {
  struct tm tm;
  memset(&tm, 0, sizeof(tm));
  tm.tm_year = (int)(year - 1900);
  tm.tm_mon = (int)(month - 1);
  tm.tm_mday = (int)day;
  tm.tm_hour = (int)h;
  tm.tm_min = (int)mi;
  tm.tm_sec = (int)s;
  tm.tm_isdst = -1;
  time_t t = mktime(&tm);
  if (t == (time_t)-1 && !(tm.tm_year == 69 && tm.tm_mon == 11 && tm.tm_mday == 31)) return 0;
  *out = (double)t * 1000.0;
  return 1;
}

/* Milliseconds from the epoch of a UTC date and time (day may overflow). */
static double make_utc(long year, long month, long mday, long hour, long minute, long second,
                       long ms) {
  double days = days_from_civil((double)year, (int)month) + (double)(mday - 1);
  return days * 86400000.0 +
         ((double)hour * 3600.0 + (double)minute * 60.0 + (double)second) * 1000.0 + (double)ms;
}

enum { ISO_DONE, ISO_INVALID, ISO_LEGACY };

/*
 * The ES Date Time String Format (YYYY[-MM[-DD]][THH:mm[:ss[.sss]]][Z|+HH:mm],
 * or a signed 6-digit year). A date that is followed by something else than a
 * time goes on as the legacy format (*pending is its next token), as in V8.
 * Date-only forms are UTC, date-time forms without an offset local time.
 */
static int parse_iso(scanner *s, day_parts *day, token *pending, double *out) {
  token t = peek_token(s);
  long year, month = 1, mday = 1;
  if (t.kind == T_SIGN) {
    scanner save = *s;
    int sign = (int)next_token(s).value;
    token y = peek_token(s);
    if (!is_fixed_number(&y, 6) || (sign < 0 && y.value == 0)) {
      *s = save;
      *pending = next_token(s);
      return ISO_LEGACY;
    }
    next_token(s);
    year = sign * y.value;
  } else if (is_fixed_number(&t, 4)) {
    year = next_token(s).value;
  } else {
    *pending = next_token(s);
    return ISO_LEGACY;
  }
  day->comp[day->n++] = year;
  if (skip_symbol(s, '-')) {
    t = peek_token(s);
    if (!is_fixed_number(&t, 2) || t.value < 1 || t.value > 12) {
      *pending = next_token(s);
      return ISO_LEGACY;
    }
    month = next_token(s).value;
    day->comp[day->n++] = month;
    if (skip_symbol(s, '-')) {
      t = peek_token(s);
      if (!is_fixed_number(&t, 2) || t.value < 1 || t.value > 31) {
        *pending = next_token(s);
        return ISO_LEGACY;
      }
      mday = next_token(s).value;
      day->comp[day->n++] = mday;
    }
  }
  t = peek_token(s);
  int value;
  if (!(t.kind == T_WORD && keyword(&t, &value) == KW_T)) {
    if (t.kind != T_END) {
      *pending = next_token(s);
      return ISO_LEGACY;
    }
    *out = make_utc(year, month, mday, 0, 0, 0, 0);
    return ISO_DONE;
  }
  next_token(s);
  long hour, minute, second = 0, ms = 0;
  t = next_token(s);
  if (!is_fixed_number(&t, 2) || t.value > 24) return ISO_INVALID;
  hour = t.value;
  if (!skip_symbol(s, ':')) return ISO_INVALID;
  t = next_token(s);
  if (!is_fixed_number(&t, 2) || !is_minute(t.value)) return ISO_INVALID;
  minute = t.value;
  if (skip_symbol(s, ':')) {
    t = next_token(s);
    if (!is_fixed_number(&t, 2) || !is_minute(t.value)) return ISO_INVALID;
    second = t.value;
    if (skip_symbol(s, '.')) {
      t = next_token(s);
      if (t.kind != T_NUMBER) return ISO_INVALID;
      ms = read_ms(&t);
    }
  }
  if (hour == 24 && (minute != 0 || second != 0 || ms != 0)) return ISO_INVALID;
  int has_zone = 0;
  long offset = 0; /* minutes east of UTC */
  t = next_token(s);
  if (t.kind == T_WORD && t.word_len == 1 && t.word[0] == 'z') {
    has_zone = 1;
    t = next_token(s);
  } else if (t.kind == T_SIGN) {
    int sign = (int)t.value;
    token n = next_token(s);
    long zh, zm;
    if (is_fixed_number(&n, 4)) {
      zh = n.value / 100;
      zm = n.value % 100;
    } else {
      if (!is_fixed_number(&n, 2) || !skip_symbol(s, ':')) return ISO_INVALID;
      zh = n.value;
      token m = next_token(s);
      if (!is_fixed_number(&m, 2)) return ISO_INVALID;
      zm = m.value;
    }
    if (zh > 23 || !is_minute(zm)) return ISO_INVALID;
    has_zone = 1;
    offset = sign * (zh * 60 + zm);
    t = next_token(s);
  }
  if (t.kind != T_END) return ISO_INVALID;
  if (has_zone) {
    *out = make_utc(year, month, mday, hour, minute, second, ms) - (double)offset * 60000.0;
    return ISO_DONE;
  }
  double local;
  if (!local_to_utc(year, month, mday, hour, minute, second, &local)) return ISO_INVALID;
  *out = local + (double)ms;
  return ISO_DONE;
}

static int parse(const char *str, double *out) {
  scanner s = {(const unsigned char *)str};
  day_parts day = {{0, 0, 0}, 0, NONE};
  time_parts tim = {{0, 0, 0, 0}, 0, NONE};
  zone_parts zone = {0, NONE, NONE};
  token t;

  switch (parse_iso(&s, &day, &t, out)) {
    case ISO_DONE:
      return fabs(*out) <= 8.64e15;
    case ISO_INVALID:
      return 0;
    default:
      break;
  }
  int has_read_number = day.n > 0;
  for (; t.kind != T_END; t = next_token(&s)) {
    if (t.kind == T_NUMBER) {
      has_read_number = 1;
      long n = t.value;
      token after = peek_token(&s);
      if (skip_symbol(&s, ':')) {
        if (skip_symbol(&s, ':')) {
          if (tim.n != 0) return 0;
          time_add(&tim, n);
          time_add(&tim, 0);
        } else {
          if (!time_add(&tim, n)) return 0;
          skip_symbol(&s, '.');
        }
      } else if (is_symbol(&after, '.') && time_expecting(&tim, n)) {
        skip_symbol(&s, '.');
        time_add(&tim, n);
        token f = next_token(&s);
        if (f.kind != T_NUMBER) return 0;
        time_add_final(&tim, read_ms(&f));
      } else if (zone.hour != NONE && zone.minute == NONE && is_minute(n)) {
        zone.minute = n;
      } else if (time_expecting(&tim, n)) {
        time_add_final(&tim, n);
        /* The time must end here: end, space, Z or a zone sign. */
        token p = peek_token(&s);
        int value;
        if (p.kind != T_END && p.kind != T_SPACE && p.kind != T_SIGN &&
            !(p.kind == T_WORD && keyword(&p, &value) == KW_ZONE && strcmp(p.word, "z") == 0))
          return 0;
      } else {
        if (day.n >= 3) return 0;
        day.comp[day.n++] = n;
        skip_symbol(&s, '-');
      }
    } else if (t.kind == T_WORD) {
      int value = 0;
      enum kw_type kw = keyword(&t, &value);
      if (kw == KW_AMPM && tim.n != 0) {
        tim.hour_offset = value;
      } else if (kw == KW_MONTH) {
        day.named_month = value;
        skip_symbol(&s, '-');
      } else if (kw == KW_ZONE && has_read_number) {
        zone.sign = value < 0 ? -1 : 1;
        zone.hour = value < 0 ? -value : value;
        zone.minute = 0;
      } else {
        /* Words other than keywords (day names) only before any number, and
         * then not glued to one. */
        if (has_read_number) return 0;
        if (peek_token(&s).kind == T_NUMBER) return 0;
      }
    } else if (t.kind == T_SIGN && ((zone.sign != 0 && zone.hour == 0) || tim.n != 0)) {
      /* A zone offset, after a time or after GMT/UTC. */
      zone.sign = (int)t.value;
      long n = 0;
      int length = 0;
      token p = peek_token(&s);
      if (p.kind == T_NUMBER) {
        next_token(&s);
        n = p.value;
        length = p.length;
      }
      has_read_number = 1;
      p = peek_token(&s);
      if (is_symbol(&p, ':')) {
        zone.hour = n;
        zone.minute = NONE;
      } else if (length == 1 || length == 2) {
        zone.hour = n;
        zone.minute = 0;
      } else {
        zone.hour = n / 100;
        zone.minute = n % 100;
      }
    } else if ((t.kind == T_SIGN || (t.kind == T_SYMBOL && t.value == ')')) && has_read_number) {
      return 0;
    }
    /* Spaces, comments and other characters are separators. */
  }

  /* The date: month and day default to 1, the year to 2000 or 2001. */
  if (day.n < 1) return 0;
  while (day.n < 3) day.comp[day.n++] = 1;
  long year = 0, month, mday;
  int is_day0 = day.comp[0] >= 1 && day.comp[0] <= 31;
  if (day.named_month == NONE) {
    if (!is_day0) {
      year = day.comp[0];
      month = day.comp[1];
      mday = day.comp[2];
    } else {
      month = day.comp[0];
      mday = day.comp[1];
      year = day.comp[2];
    }
  } else {
    month = day.named_month;
    if (!is_day0) {
      year = day.comp[0];
      mday = day.comp[1];
    } else {
      mday = day.comp[0];
      year = day.comp[1];
    }
  }
  if (year >= 0 && year <= 49)
    year += 2000;
  else if (year >= 50 && year <= 99)
    year += 1900;
  if (month < 1 || month > 12 || mday < 1 || mday > 31) return 0;

  /* The time: missing parts are 0; 24:00 is the end of the day. */
  while (tim.n < 4) tim.comp[tim.n++] = 0;
  long hour = tim.comp[0], minute = tim.comp[1], second = tim.comp[2], ms = tim.comp[3];
  if (tim.hour_offset != NONE) {
    if (hour < 0 || hour > 12) return 0;
    hour = hour % 12 + tim.hour_offset;
  }
  if (hour < 0 || hour > 23 || !is_minute(minute) || !is_minute(second) || !is_ms(ms)) {
    if (hour != 24 || minute != 0 || second != 0 || ms != 0) return 0;
  }

  double tv;
  if (zone.sign != 0) {
    if (zone.hour == NONE) zone.hour = 0;
    if (zone.minute == NONE) zone.minute = 0;
    /* V8 keeps the offset in seconds as a small integer (31 bits). */
    if ((double)zone.hour * 3600.0 + (double)zone.minute * 60.0 > 2147483647.0) return 0;
    tv = make_utc(year, month, mday, hour, minute, second, ms);
    tv -= (double)zone.sign * ((double)zone.hour * 3600.0 + (double)zone.minute * 60.0) * 1000.0;
  } else {
    if (!local_to_utc(year, month, mday, hour, minute, second, &tv)) return 0;
    tv += (double)ms;
  }
  if (!(fabs(tv) <= 8.64e15)) return 0;
  *out = tv;
  return 1;
}

/* Called before Duktape's own ISO 8601 parser (whose looser rules read
 * "2022-03-01 10:00" and "2022-03-01T10:00" as UTC, where V8 reads local
 * time): every string is decided here, NaN included. */
int duv__date_parse_string(struct duk_hthread *ctx, const char *str) {
  double t;
  if (str == NULL || !parse(str, &t)) {
    duk_push_nan(ctx);
    return 1;
  }
  duk_push_number(ctx, t);
  return 1;
}
