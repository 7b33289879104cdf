/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The checks every part of a rates file shares: messages naming the key,
 * unknown keys, dated values ({"from", "value"} or a "values" list) and
 * their lookup on a date. */
#define G_LOG_DOMAIN "ps-rates"

#include "config.h"

#include <cJSON.h>
#include <glib/gi18n-lib.h>

#include "ps-rates-private.h"

/* ------------------------------------------------------------------ errors */

gboolean
_ps_rates_fail_key (GError    **error,
                    PsRatesError code,
                    const char *origin,
                    const char *key,
                    const char *what)
{
  g_set_error (error, PS_RATES_ERROR, code,
               /* Translators: rates file, key, problem */
               _("Rates file %s: “%s”: %s"), origin, key, what);
  return FALSE;
}

/* Refuses a key of @obj that is not in @allowed (NULL-terminated). */
gboolean
_ps_rates_check_known_keys (cJSON              *obj,
                            const char * const *allowed,
                            const char         *origin,
                            const char         *where,
                            GError            **error)
{
  cJSON *child;

  cJSON_ArrayForEach (child, obj)
    {
      if (child->string == NULL || !g_strv_contains (allowed, child->string))
        {
          g_autofree char *key = where != NULL ? g_strdup_printf ("%s.%s", where, child->string ? child->string : "")
                                               : g_strdup (child->string ? child->string : "");

          return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("unknown key"));
        }
    }
  return TRUE;
}

gboolean
_ps_rates_check_optional_string (cJSON      *obj,
                                 const char *field,
                                 const char *origin,
                                 const char *where,
                                 GError    **error)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, field);

  if (v == NULL || cJSON_IsString (v))
    return TRUE;
  {
    g_autofree char *key = g_strdup_printf ("%s.%s", where, field);
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("expected a text"));
  }
}

/* ------------------------------------------------------------- dated values */

gboolean
_ps_rates_parse_from (cJSON      *item,
                      PsDate     *out,
                      const char *origin,
                      const char *key,
                      GError    **error)
{
  cJSON *from = cJSON_GetObjectItemCaseSensitive (item, "from");

  if (!cJSON_IsString (from) || !ps_date_parse (from->valuestring, out, NULL))
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                               _("every value needs a “from” date (YYYY-MM-DD)"));
  return TRUE;
}

/* Checks a param or rate: either {"from", "value"} or {"values": [{"from",
 * "value"}, …]} with dates in increasing order, or (for contribution rates)
 * a plain number. Returns the JSON item in force on @date, or NULL. */
cJSON *
_ps_rates_dated_lookup (cJSON  *spec,
                        PsDate  date)
{
  cJSON *values, *v, *best = NULL;

  if (cJSON_IsNumber (spec) || cJSON_IsString (spec))
    return spec;
  if (cJSON_GetObjectItemCaseSensitive (spec, "value") != NULL)
    {
      PsDate from = 0;
      cJSON *f = cJSON_GetObjectItemCaseSensitive (spec, "from");

      if (cJSON_IsString (f))
        ps_date_parse (f->valuestring, &from, NULL);
      return from <= date ? cJSON_GetObjectItemCaseSensitive (spec, "value") : NULL;
    }
  values = cJSON_IsArray (spec) ? spec : cJSON_GetObjectItemCaseSensitive (spec, "values");
  cJSON_ArrayForEach (v, values)
    {
      PsDate from = 0;
      cJSON *f = cJSON_GetObjectItemCaseSensitive (v, "from");

      if (cJSON_IsString (f) && ps_date_parse (f->valuestring, &from, NULL) && from <= date)
        best = cJSON_GetObjectItemCaseSensitive (v, "value");
    }
  return best;
}

gboolean
_ps_rates_check_dated (cJSON      *spec,
                       gboolean    allow_plain,
                       const char *origin,
                       const char *key,
                       PsDate      effective,
                       GError    **error)
{
  cJSON *values, *v;
  PsDate prev = 0;

  if (allow_plain && (cJSON_IsNumber (spec) || cJSON_IsString (spec)))
    return TRUE;
  if (cJSON_IsObject (spec) && cJSON_GetObjectItemCaseSensitive (spec, "value") != NULL)
    {
      PsDate from;

      if (!_ps_rates_parse_from (spec, &from, origin, key, error))
        return FALSE;
      if (from > effective)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                                   _("the first value must be in force on the file’s effective date"));
      return TRUE;
    }
  values = cJSON_IsArray (spec) ? spec : cJSON_GetObjectItemCaseSensitive (spec, "values");
  if (!cJSON_IsArray (values) || cJSON_GetArraySize (values) == 0)
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                               _("expected {\"from\": …, \"value\": …} or a “values” list"));
  cJSON_ArrayForEach (v, values)
    {
      PsDate from;

      static const char * const entry_keys[] = { "from", "value", NULL };

      if (!cJSON_IsObject (v) || cJSON_GetObjectItemCaseSensitive (v, "value") == NULL)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("each entry of “values” needs “from” and “value”"));
      if (!_ps_rates_check_known_keys (v, entry_keys, origin, key, error))
        return FALSE;
      if (!_ps_rates_parse_from (v, &from, origin, key, error))
        return FALSE;
      if (prev == 0 && from > effective)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                                   _("the first value must be in force on the file’s effective date"));
      if (from <= prev)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                                   _("the “from” dates must be in increasing order"));
      prev = from;
    }
  return TRUE;
}

/* ------------------------------------------------------ the file’s period */

/* Every dated value takes effect within the file's period: a "from"
 * after "until" would never apply (and a contribution dated so would
 * silently vanish). @path names the key in the message. */
gboolean
_ps_rates_check_from_dates (cJSON      *node,
                            PsDate      until,
                            const char *origin,
                            const char *path,
                            GError    **error)
{
  cJSON *child;
  int i = 0;

  if (cJSON_IsObject (node))
    {
      cJSON *from = cJSON_GetObjectItemCaseSensitive (node, "from");
      PsDate d;

      if (cJSON_IsString (from) && ps_date_parse (from->valuestring, &d, NULL) && d > until)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, path,
                                   _("“from” is after the file’s period (“until”)"));
    }
  if (!cJSON_IsObject (node) && !cJSON_IsArray (node))
    return TRUE;
  cJSON_ArrayForEach (child, node)
    {
      g_autofree char *sub = NULL;

      if (!cJSON_IsObject (child) && !cJSON_IsArray (child))
        {
          i++;
          continue;
        }
      if (cJSON_IsObject (node))
        sub = *path ? g_strdup_printf ("%s.%s", path, child->string) : g_strdup (child->string);
      else
        {
          /* a contribution is named by its id */
          cJSON *id = cJSON_GetObjectItemCaseSensitive (child, "id");

          sub = cJSON_IsString (id) ? g_strdup_printf ("%s.%s", path, id->valuestring)
                                    : g_strdup_printf ("%s[%d]", path, i);
        }
      i++;
      if (!_ps_rates_check_from_dates (child, until, origin, sub, error))
        return FALSE;
    }
  return TRUE;
}
