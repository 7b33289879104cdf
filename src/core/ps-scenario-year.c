/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-money.h"
#include "ps-scenario-year.h"

static const char *const keys[PS_N_YEAR_FIELDS] = {
  [PS_YEAR_FIELD_HOLIDAY_WEEKS] = "holiday_weeks",
  [PS_YEAR_FIELD_PUBLIC_HOLIDAYS] = "public_holidays",
  [PS_YEAR_FIELD_GAP_WEEKS] = "gap_weeks",
  [PS_YEAR_FIELD_SICK_DAYS] = "sick_days",
  [PS_YEAR_FIELD_TRAINING_DAYS] = "training_days",
  [PS_YEAR_FIELD_HOURS_PER_DAY] = "hours_per_day",
};

gboolean
_ps_scenario_file_read_year (const cJSON    *root,
                             PsScenarioFile *file,
                             GError        **error)
{
  const cJSON *obj = cJSON_GetObjectItemCaseSensitive (root, PS_SCENARIO_YEAR_KEY);
  PsYearInputs in = file->year;
  const cJSON *item;

  if (obj == NULL)
    return TRUE;
  if (cJSON_IsNull (obj))
    {
      file->year_on = FALSE;
      return TRUE;
    }
  if (!cJSON_IsObject (obj))
    {
      g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                   /* Translators: a key of the scenario file */
                   _("%s: expected null or an object of the realistic year"), PS_SCENARIO_YEAR_KEY);
      return FALSE;
    }
  cJSON_ArrayForEach (item, obj)
    {
      int field;

      for (field = 0; field < PS_N_YEAR_FIELDS; field++)
        if (item->string != NULL && g_str_equal (item->string, keys[field]))
          break;
      if (field == PS_N_YEAR_FIELDS)
        {
          g_autofree char *shown = g_utf8_make_valid (item->string != NULL ? item->string : "", -1);

          g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                       /* Translators: the realistic year's key, then the unknown key in it */
                       _("%s.%s: unknown key"), PS_SCENARIO_YEAR_KEY, shown);
          return FALSE;
        }
      if (field == PS_YEAR_FIELD_PUBLIC_HOLIDAYS && cJSON_IsNull (item))
        {
          in.public_holidays = -1;
          continue;
        }
      {
        double min, max;

        ps_year_field_range (field, &min, &max);
        if (!cJSON_IsNumber (item) || !isfinite (item->valuedouble)
            || item->valuedouble < min || item->valuedouble > max)
          {
            g_autofree char *a = ps_format_number (min, 0);
            g_autofree char *b = ps_format_number (max, 0);

            g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                         /* Translators: the realistic year's key, its field's key, the bounds */
                         _("%s.%s: expected a number from %s to %s"), PS_SCENARIO_YEAR_KEY, keys[field], a, b);
            return FALSE;
          }
        *ps_year_inputs_field (&in, field) = item->valuedouble;
      }
    }
  file->year = in;
  file->year_on = TRUE;
  return TRUE;
}

void
_ps_scenario_file_write_year (const PsScenarioFile *file,
                              cJSON                *root)
{
  cJSON *obj;

  if (!file->year_on)
    {
      cJSON_AddNullToObject (root, PS_SCENARIO_YEAR_KEY);
      return;
    }
  obj = cJSON_AddObjectToObject (root, PS_SCENARIO_YEAR_KEY);
  for (int field = 0; field < PS_N_YEAR_FIELDS; field++)
    {
      double value = *ps_year_inputs_field ((PsYearInputs *) &file->year, field);

      if (field == PS_YEAR_FIELD_PUBLIC_HOLIDAYS && value < 0)
        cJSON_AddNullToObject (obj, keys[field]);
      else
        cJSON_AddNumberToObject (obj, keys[field], ps_round_to (value, 6) + 0.0);
    }
}
