/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cJSON.h>

#include "ps-error.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* A rates file is read in four parts that share this header:
 *   ps-rates.c               the file's header (format, year, period), loading,
 *                            resolving on a date (with a small cache), listing;
 *   ps-rates-json.c          messages naming the key, unknown keys, dated values;
 *   ps-rates-params.c        the "params": schema, checks, values on a date;
 *   ps-rates-contributions.c the "contributions": checks, list on a date. */

#define PS_RATES_N_CACHE 8

struct _PsRates
{
  cJSON     *root;
  cJSON     *params;
  cJSON     *contributions;
  char      *origin;
  int        year;
  PsDate     effective;
  PsDate     until;
  GPtrArray *strings;     /* strings handed out by ps_rates_list () */
  PsParams  *cache[PS_RATES_N_CACHE];
  guint      cache_next;
};

/* ps-rates-json.c */

/* Sets “Rates file @origin: “@key”: @what” and returns FALSE. */
gboolean _ps_rates_fail_key              (GError            **error,
                                          PsRatesError        code,
                                          const char         *origin,
                                          const char         *key,
                                          const char         *what);
/* Refuses a key of @obj that is not in @allowed (NULL-terminated). */
gboolean _ps_rates_check_known_keys      (cJSON              *obj,
                                          const char * const *allowed,
                                          const char         *origin,
                                          const char         *where,
                                          GError            **error);
gboolean _ps_rates_check_optional_string (cJSON              *obj,
                                          const char         *field,
                                          const char         *origin,
                                          const char         *where,
                                          GError            **error);
gboolean _ps_rates_parse_from            (cJSON              *item,
                                          PsDate             *out,
                                          const char         *origin,
                                          const char         *key,
                                          GError            **error);
/* The JSON value of @spec in force on @date, or NULL. */
cJSON   *_ps_rates_dated_lookup          (cJSON              *spec,
                                          PsDate              date);
gboolean _ps_rates_check_dated           (cJSON              *spec,
                                          gboolean            allow_plain,
                                          const char         *origin,
                                          const char         *key,
                                          PsDate              effective,
                                          GError            **error);
gboolean _ps_rates_check_from_dates      (cJSON              *node,
                                          PsDate              until,
                                          const char         *origin,
                                          const char         *path,
                                          GError            **error);

/* ps-rates-params.c */
gboolean _ps_rates_check_params          (cJSON              *params,
                                          const char         *origin,
                                          PsDate              effective,
                                          GError            **error);
void     _ps_rates_resolve_params        (PsRates            *self,
                                          PsDate              date,
                                          PsParams           *p);

/* ps-rates-contributions.c */
gboolean _ps_rates_check_contributions   (cJSON              *list,
                                          const char         *origin,
                                          PsDate              effective,
                                          GError            **error);
void     _ps_rates_resolve_contributions (PsRates            *self,
                                          PsDate              date,
                                          PsParams           *p);

G_END_DECLS
