/*
 * Date.prototype.toString, toDateString, toTimeString and toUTCString in V8's
 * formats, in place of Duktape's ISO-like ones:
 *
 *   toString      Tue Mar 01 2022 10:05:07 GMT+0100 (CET)
 *   toDateString  Tue Mar 01 2022
 *   toTimeString  10:05:07 GMT+0100 (CET)
 *   toUTCString   Tue, 01 Mar 2022 09:05:07 GMT   (also toGMTString: the same function)
 *
 * toUTCString is what HTTP Date and Last-Modified headers are made of, and
 * logs print toString. Local time comes from the C library (localtime_r and
 * its zone rules, TZ). The zone name in parentheses is the C library's
 * abbreviation; V8 prints ICU's long name ("Central European Standard
 * Time"), which the C library does not know; UTC and GMT are spelled out as
 * V8 spells them. Date.parse reads every one of these forms back.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define GET_TIME_KEY DUK_HIDDEN_SYMBOL("getTime")

enum { FMT_STRING, FMT_DATE, FMT_TIME, FMT_UTC };

static const char *const day_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const month_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

typedef struct {
  long year;
  int month, mday, wday, hour, minute, second;
} civil;

/* UTC fields of a time value (any year Date allows). */
static void utc_fields(double t, civil *c) {
  double days = floor(t / 86400000.0);
  double ms_in_day = t - days * 86400000.0;
  long s = (long)(ms_in_day / 1000.0);
  c->hour = (int)(s / 3600);
  c->minute = (int)(s / 60 % 60);
  c->second = (int)(s % 60);
  c->wday = (int)(((long)fmod(days + 4, 7) + 7) % 7);
  /* Civil from days (proleptic Gregorian), after H. Hinnant's algorithm. */
  double z = days + 719468;
  double era = floor(z / 146097);
  double doe = z - era * 146097;
  double yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  double doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  double mp = floor((5 * doy + 2) / 153);
  c->mday = (int)(doy - floor((153 * mp + 2) / 5) + 1);
  c->month = (int)(mp < 10 ? mp + 3 : mp - 9);
  c->year = (long)(yoe + era * 400 + (c->month <= 2));
}

/* "2022", "12345", "-0001" */
static void format_year(char *buf, size_t size, long year) {
  if (year < 0)
    snprintf(buf, size, "-%04ld", -year);
  else
    snprintf(buf, size, "%04ld", year);
}

static duk_ret_t date_format(duk_context *ctx) {
  int kind = duk_get_current_magic(ctx);
  /* The original getTime checks that `this` is a Date (TypeError if not). */
  duk_push_current_function(ctx);
  duk_get_prop_string(ctx, -1, GET_TIME_KEY);
  duk_push_this(ctx);
  duk_call_method(ctx, 0);
  double t = duk_get_number(ctx, -1);
  if (isnan(t)) {
    duk_push_string(ctx, "Invalid Date");
    return 1;
  }
  char year[24];
  if (kind == FMT_UTC) {
    civil c;
    utc_fields(t, &c);
    format_year(year, sizeof(year), c.year);
    duk_push_sprintf(ctx, "%s, %02d %s %s %02d:%02d:%02d GMT", day_names[c.wday], c.mday,
                     month_names[c.month - 1], year, c.hour, c.minute, c.second);
    return 1;
  }
  time_t secs = (time_t)floor(t / 1000.0);
  struct tm tm;
  if (localtime_r(&secs, &tm) == NULL) return duk_range_error(ctx, "Invalid time value");
  format_year(year, sizeof(year), (long)tm.tm_year + 1900);
  long off = tm.tm_gmtoff;
  char sign = off < 0 ? '-' : '+';
  if (off < 0) off = -off;
  const char *zone = tm.tm_zone != NULL ? tm.tm_zone : "";
  if (strcmp(zone, "UTC") == 0)
    zone = "Coordinated Universal Time";
  else if (strcmp(zone, "GMT") == 0)
    zone = "Greenwich Mean Time";
  char date_part[64], time_part[160];
  snprintf(date_part, sizeof(date_part), "%s %s %02d %s", day_names[tm.tm_wday],
           month_names[tm.tm_mon], tm.tm_mday, year);
  snprintf(time_part, sizeof(time_part), "%02d:%02d:%02d GMT%c%02ld%02ld (%s)", tm.tm_hour,
           tm.tm_min, tm.tm_sec, sign, off / 3600, off / 60 % 60, zone);
  if (kind == FMT_DATE)
    duk_push_string(ctx, date_part);
  else if (kind == FMT_TIME)
    duk_push_string(ctx, time_part);
  else
    duk_push_sprintf(ctx, "%s %s", date_part, time_part);
  return 1;
}

/* [ ... proto ] -> [ ... proto ]: proto[name] = a formatter; returns nothing. */
static void define_format(duk_context *ctx, const char *name, int kind) {
  duk_push_c_function(ctx, date_format, 0);
  duk_set_magic(ctx, -1, kind);
  duk_push_string(ctx, "name");
  duk_push_string(ctx, name);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  duk_get_prop_string(ctx, -2, "getTime");
  duk_put_prop_string(ctx, -2, GET_TIME_KEY);
  duk_push_string(ctx, name);
  duk_dup(ctx, -2);
  duk_def_prop(ctx, -4,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
  duk_pop(ctx);
}

void duv__date_format_setup(duk_context *ctx) {
  duk_get_global_string(ctx, "Date");
  duk_get_prop_string(ctx, -1, "prototype");
  define_format(ctx, "toString", FMT_STRING);
  define_format(ctx, "toDateString", FMT_DATE);
  define_format(ctx, "toTimeString", FMT_TIME);
  define_format(ctx, "toUTCString", FMT_UTC);
  /* V8: Date.prototype.toGMTString === Date.prototype.toUTCString. */
  duk_push_string(ctx, "toGMTString");
  duk_get_prop_string(ctx, -2, "toUTCString");
  duk_def_prop(ctx, -3,
               DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_SET_WRITABLE | DUK_DEFPROP_SET_CONFIGURABLE |
                   DUK_DEFPROP_CLEAR_ENUMERABLE | DUK_DEFPROP_FORCE);
  duk_pop_2(ctx);
}
