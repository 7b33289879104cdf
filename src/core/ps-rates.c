/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-rates"

#include "config.h"

#include <cJSON.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-error.h"
#include "ps-file.h"
#include "ps-rates-private.h"
#include "ps-rates-resources.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

#define RATES_RESOURCE_PATH RESOURCE_BASE "/rates/"
#define FIRST_YEAR 2025
#define LAST_YEAR  2026

/* ------------------------------------------------------------- loading */

PsRates *
ps_rates_new_from_bytes (GBytes     *bytes,
                         const char *origin,
                         GError    **error)
{
  g_autoptr (cJSON) root = NULL;
  cJSON *format, *year, *effective, *until, *params;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  PsRates *self;
  PsDate eff, unt;

  {
    g_autofree char *problem = NULL;
    static const char * const top_keys[] = {
      "format", "year", "effective", "until", "description", "params", "contributions", NULL
    };

    root = ps_json_parse_strict (data, len, &problem);
    if (root == NULL)
      {
        /* Translators: rates file, problem */
        g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE, _("Rates file %s: %s"), origin, problem);
        return NULL;
      }
    if (!cJSON_IsObject (root))
      {
        g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE,
                     _("Rates file %s is not valid JSON"), origin);
        return NULL;
      }
    if (!_ps_rates_check_known_keys (root, top_keys, origin, NULL, error))
      return NULL;
  }

  format = cJSON_GetObjectItemCaseSensitive (root, "format");
  if (!cJSON_IsNumber (format) || format->valuedouble != 1.0)
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "format",
                          _("unsupported format (this version reads format 1)"));
      return NULL;
    }
  year = cJSON_GetObjectItemCaseSensitive (root, "year");
  if (!cJSON_IsNumber (year) || year->valuedouble < 2000 || year->valuedouble > 2999
      || year->valuedouble != (double) year->valueint)
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "year", _("expected a year such as 2026"));
      return NULL;
    }
  effective = cJSON_GetObjectItemCaseSensitive (root, "effective");
  until = cJSON_GetObjectItemCaseSensitive (root, "until");
  if (!cJSON_IsString (effective) || !ps_date_parse (effective->valuestring, &eff, NULL))
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, "effective", _("expected a date (YYYY-MM-DD)"));
      return NULL;
    }
  if (!cJSON_IsString (until) || !ps_date_parse (until->valuestring, &unt, NULL))
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, "until", _("expected a date (YYYY-MM-DD)"));
      return NULL;
    }
  if (unt < eff)
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, "until", _("must not be before “effective”"));
      return NULL;
    }
  if (PS_DATE_YEAR (eff) != year->valueint)
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, "year", _("must be the year of “effective”"));
      return NULL;
    }

  params = cJSON_GetObjectItemCaseSensitive (root, "params");
  if (!cJSON_IsObject (params))
    {
      _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "params", _("missing"));
      return NULL;
    }
  if (!_ps_rates_check_params (params, origin, eff, error))
    return NULL;
  {
    cJSON *description = cJSON_GetObjectItemCaseSensitive (root, "description");

    if (description != NULL && !cJSON_IsString (description))
      {
        _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "description", _("expected a text"));
        return NULL;
      }
  }
  if (!_ps_rates_check_contributions (cJSON_GetObjectItemCaseSensitive (root, "contributions"),
                                      origin, eff, error))
    return NULL;
  if (!_ps_rates_check_from_dates (params, unt, origin, "params", error)
      || !_ps_rates_check_from_dates (cJSON_GetObjectItemCaseSensitive (root, "contributions"), unt, origin,
                                      "contributions", error))
    return NULL;

  self = g_atomic_rc_box_new0 (PsRates);
  self->year = year->valueint;
  self->effective = eff;
  self->until = unt;
  self->params = params;
  self->contributions = cJSON_GetObjectItemCaseSensitive (root, "contributions");
  self->root = g_steal_pointer (&root);
  self->origin = g_strdup (origin);
  self->strings = g_ptr_array_new_with_free_func (g_free);
  return self;
}

static char *
user_rates_path (int year)
{
  g_autofree char *name = g_strdup_printf ("%d.json", year);

  return g_build_filename (g_get_user_config_dir (), "portage-simulator", "rates", name, NULL);
}

PsRates *
ps_rates_new_for_year (int      year,
                       GError **error)
{
  g_autofree char *user_path = user_rates_path (year);

  /* A user file overrides the embedded one (a mid-year change the
   * application doesn't know about yet). */
  if (g_file_test (user_path, G_FILE_TEST_IS_REGULAR))
    return ps_rates_new_from_file (user_path, error);
  return ps_rates_new_embedded (year, error);
}

PsRates *
ps_rates_new_embedded (int      year,
                       GError **error)
{
  g_autofree char *path = NULL;
  g_autoptr (GBytes) bytes = NULL;

  path = g_strdup_printf (RATES_RESOURCE_PATH "%d.json", year);
  bytes = g_resource_lookup_data (ps_rates_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND,
                   _("No rates for %d (available: %d–%d)"), year, FIRST_YEAR, LAST_YEAR);
      return NULL;
    }
  return ps_rates_new_from_bytes (bytes, path + strlen (RATES_RESOURCE_PATH) - strlen ("rates/"), error);
}

PsRates *
ps_rates_new_from_file (const char *path,
                        GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr (GBytes) bytes = NULL;
  gsize len = 0;

  /* a regular file (a device or a fifo never ends), its size checked
   * before reading */
  if (!ps_file_read (path, 4 * 1024 * 1024, &contents, &len, &local_error))
    {
      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_NOT_FOUND,
                   /* Translators: the reason names the file */
                   _("Rates file: %s"), local_error->message);
      return NULL;
    }
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  return ps_rates_new_from_bytes (bytes, path, error);
}

PsRates *
ps_rates_ref (PsRates *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
ps_rates_clear (PsRates *self)
{
  cJSON_Delete (self->root);
  g_free (self->origin);
  g_ptr_array_unref (self->strings);
  for (guint i = 0; i < PS_RATES_N_CACHE; i++)
    g_free (self->cache[i]);
}

void
ps_rates_unref (PsRates *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) ps_rates_clear);
}

int
ps_rates_get_year (PsRates *self)
{
  return self->year;
}

const char *
ps_rates_get_origin (PsRates *self)
{
  return self->origin;
}

/* ----------------------------------------------------------- resolving */

static void
resolve_into (PsRates  *self,
              PsDate    date,
              PsParams *p)
{
  memset (p, 0, sizeof *p);
  p->date = date;
  p->year = self->year;

  _ps_rates_resolve_params (self, date, p);
  _ps_rates_resolve_contributions (self, date, p);
}

const PsParams *
ps_rates_resolve (PsRates *self,
                  PsDate   date,
                  GError **error)
{
  PsParams *p;

  g_return_val_if_fail (self != NULL, NULL);

  if (date < self->effective || date > self->until)
    {
      g_autofree char *d = ps_date_format (date);
      g_autofree char *a = ps_date_format (self->effective);
      g_autofree char *b = ps_date_format (self->until);

      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_DATE,
                   _("The date %s is outside the rates file %s (%s to %s)"),
                   d, self->origin, a, b);
      return NULL;
    }

  for (guint i = 0; i < PS_RATES_N_CACHE; i++)
    if (self->cache[i] != NULL && self->cache[i]->date == date)
      return self->cache[i];

  p = g_new (PsParams, 1);
  resolve_into (self, date, p);
  g_free (self->cache[self->cache_next]);
  self->cache[self->cache_next] = p;
  self->cache_next = (self->cache_next + 1) % PS_RATES_N_CACHE;
  return p;
}

/* -------------------------------------------------------------- listing */

static char *
value_to_text (cJSON *v)
{
  if (cJSON_IsNumber (v))
    return g_strdup_printf ("%g", v->valuedouble);
  if (cJSON_IsString (v))
    return g_strdup (v->valuestring);
  return cJSON_PrintUnformatted (v);
}

const char *
ps_rates_get_source (PsRates    *self,
                     const char *key)
{
  cJSON *item, *source;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (key != NULL, NULL);

  item = cJSON_GetObjectItemCaseSensitive (self->params, key);
  source = item != NULL ? cJSON_GetObjectItemCaseSensitive (item, "source") : NULL;
  return cJSON_IsString (source) ? source->valuestring : NULL;
}

/* Returns PsRateInfo items (free with g_free) for every parameter and
 * contribution rate in force on @date: what the export's Hypothèses sheet
 * and `portage-cli rates` show. */
GPtrArray *
ps_rates_list (PsRates *self,
               PsDate   date)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  cJSON *item, *c;

  cJSON_ArrayForEach (item, self->params)
    {
      PsRateInfo *info;
      cJSON *v = _ps_rates_dated_lookup (item, date);
      cJSON *label = cJSON_GetObjectItemCaseSensitive (item, "label");
      cJSON *values = cJSON_GetObjectItemCaseSensitive (item, "values"), *e;
      PsDate from = self->effective;

      if (v == NULL)
        continue;
      cJSON_ArrayForEach (e, values)
        {
          PsDate f;
          if (ps_date_parse (cJSON_GetObjectItemCaseSensitive (e, "from")->valuestring, &f, NULL) && f <= date)
            from = f;
        }
      info = g_new0 (PsRateInfo, 1);
      info->key = item->string;
      info->label = cJSON_IsString (label) ? label->valuestring : item->string;
      label = cJSON_GetObjectItemCaseSensitive (item, "label_en");
      info->label_en = cJSON_IsString (label) ? label->valuestring : NULL;
      info->source = cJSON_GetObjectItemCaseSensitive (item, "source")->valuestring;
      info->from = from;
      info->value_text = value_to_text (v);
      g_ptr_array_add (self->strings, info->value_text);
      g_ptr_array_add (out, info);
    }

  cJSON_ArrayForEach (c, self->contributions)
    {
      static const char *fields[] = { "employee", "employer" };

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          cJSON *spec = cJSON_GetObjectItemCaseSensitive (c, fields[i]);
          cJSON *v = spec ? _ps_rates_dated_lookup (spec, date) : NULL;
          PsRateInfo *info;

          if (v == NULL)
            continue;
          info = g_new0 (PsRateInfo, 1);
          info->key = cJSON_GetObjectItemCaseSensitive (c, "id")->valuestring;
          info->label = cJSON_GetObjectItemCaseSensitive (c, "label")->valuestring;
          info->source = cJSON_GetObjectItemCaseSensitive (c, "source")->valuestring;
          ps_date_parse (cJSON_GetObjectItemCaseSensitive (c, "from")->valuestring, &info->from, NULL);
          {
            g_autofree char *rate = cJSON_IsNumber (v) ? g_strdup_printf ("%g %%", v->valuedouble)
                                                       : g_strdup (v->valuestring);
            info->value_text = g_strdup_printf ("%s %s", i == 0 ? "employee" : "employer", rate);
          }
          g_ptr_array_add (self->strings, info->value_text);
          g_ptr_array_add (out, info);
        }
    }
  return out;
}

int *
ps_rates_list_years (int *n_years)
{
  int *years = g_new (int, LAST_YEAR - FIRST_YEAR + 1);

  for (int y = FIRST_YEAR; y <= LAST_YEAR; y++)
    years[y - FIRST_YEAR] = y;
  *n_years = LAST_YEAR - FIRST_YEAR + 1;
  return years;
}

/* Today, clamped to the years we have rates for. */
PsDate
ps_rates_default_date (void)
{
  PsDate today = ps_date_today ();

  if (PS_DATE_YEAR (today) > LAST_YEAR)
    return PS_DATE (LAST_YEAR, 12, 31);
  if (PS_DATE_YEAR (today) < FIRST_YEAR)
    return PS_DATE (FIRST_YEAR, 1, 1);
  return today;
}

const char *
ps_vm_city_id (PsVmCity city)
{
  static const char *ids[PS_N_VM_CITIES] = {
    [PS_VM_PARIS] = "paris",
    [PS_VM_LYON] = "lyon",
    [PS_VM_MARSEILLE] = "marseille",
    [PS_VM_BORDEAUX] = "bordeaux",
    [PS_VM_LILLE] = "lille",
    [PS_VM_NICE] = "nice",
    [PS_VM_RENNES] = "rennes",
    [PS_VM_STRASBOURG] = "strasbourg",
  };

  g_return_val_if_fail (city < PS_N_VM_CITIES, NULL);
  return ids[city];
}

