/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "contributions" of a rates file (payroll contributions: base,
 * branch, employee and employer rates, conditions): their checks and
 * the list in force on a date. */
#define G_LOG_DOMAIN "ps-rates"

#include "config.h"

#include <cJSON.h>
#include <glib/gi18n-lib.h>

#include "ps-rates-private.h"

static const char *base_names[] = {
  [PS_BASE_GROSS] = "gross", [PS_BASE_T1] = "t1", [PS_BASE_T1_GROSS] = "t1_gross", [PS_BASE_T2] = "t2",
  [PS_BASE_CAP4] = "cap4", [PS_BASE_CAP8] = "cap8", [PS_BASE_CSG] = "csg",
  [PS_BASE_WELFARE] = "welfare", [PS_BASE_HEALTH] = "health",
};

static const char *branch_names[] = {
  [PS_BRANCH_HEALTH] = "health", [PS_BRANCH_ATMP] = "atmp",
  [PS_BRANCH_PENSION] = "pension", [PS_BRANCH_FAMILY] = "family",
  [PS_BRANCH_UNEMPLOYMENT] = "unemployment", [PS_BRANCH_CSG] = "csg",
  [PS_BRANCH_OTHER] = "other", [PS_BRANCH_WELFARE] = "welfare",
};

static int
name_index (const char  *name,
            const char **names,
            int          n)
{
  for (int i = 0; i < n; i++)
    if (names[i] && g_strcmp0 (names[i], name) == 0)
      return i;
  return -1;
}

static gboolean
check_rate (cJSON      *c,
            const char *field,
            const char *origin,
            const char *id,
            PsDate      effective,
            GError    **error)
{
  cJSON *spec = cJSON_GetObjectItemCaseSensitive (c, field);
  g_autofree char *key = g_strdup_printf ("contributions.%s.%s", id, field);
  cJSON *values, *v;

  if (spec == NULL)
    return TRUE;
  if (cJSON_IsString (spec))
    {
      if (g_strcmp0 (spec->valuestring, "profile:atmp") != 0
          && g_strcmp0 (spec->valuestring, "profile:vm") != 0
          && g_strcmp0 (spec->valuestring, "profile:health") != 0)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("expected a rate in % or profile:atmp, profile:vm, profile:health"));
      return TRUE;
    }
  if (cJSON_IsNumber (spec))
    {
      if (spec->valuedouble < 0 || spec->valuedouble > 100)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("a rate must be between 0 and 100%"));
      return TRUE;
    }
  if (!_ps_rates_check_dated (spec, FALSE, origin, key, effective, error))
    return FALSE;
  if (cJSON_IsObject (spec) && cJSON_GetObjectItemCaseSensitive (spec, "value") != NULL)
    {
      static const char * const dated_keys[] = { "from", "value", NULL };
      cJSON *val = cJSON_GetObjectItemCaseSensitive (spec, "value");

      if (!_ps_rates_check_known_keys (spec, dated_keys, origin, key, error))
        return FALSE;
      if (!cJSON_IsNumber (val) || val->valuedouble < 0 || val->valuedouble > 100)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("a rate must be between 0 and 100%"));
      return TRUE;
    }
  if (cJSON_IsObject (spec))
    {
      static const char * const list_keys[] = { "values", NULL };

      if (!_ps_rates_check_known_keys (spec, list_keys, origin, key, error))
        return FALSE;
    }
  values = cJSON_IsArray (spec) ? spec : cJSON_GetObjectItemCaseSensitive (spec, "values");
  cJSON_ArrayForEach (v, values)
    {
      cJSON *val = cJSON_GetObjectItemCaseSensitive (v, "value");
      if (!cJSON_IsNumber (val) || val->valuedouble < 0 || val->valuedouble > 100)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("a rate must be between 0 and 100%"));
    }
  return TRUE;
}

gboolean
_ps_rates_check_contributions (cJSON      *list,
                     const char *origin,
                     PsDate      effective,
                     GError    **error)
{
  cJSON *c;

  if (!cJSON_IsArray (list) || cJSON_GetArraySize (list) == 0)
    return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "contributions",
                               _("expected a list of contributions"));
  if (cJSON_GetArraySize (list) > PS_MAX_CONTRIBUTIONS)
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "contributions",
                               _("too many contributions"));

  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  cJSON_ArrayForEach (c, list)
    {
      static const char * const contribution_keys[] = {
        "id", "label", "label_en", "source", "from", "until", "base", "branch", "employee", "employer",
        "reduced_employer", "reduced_max_smic", "not_deductible", "when", NULL
      };
      static const char * const when_keys[] = {
        "cadre", "officer", "gross_above_pmss", "headcount_min", "headcount_max", NULL
      };
      cJSON *id = cJSON_GetObjectItemCaseSensitive (c, "id");
      cJSON *base = cJSON_GetObjectItemCaseSensitive (c, "base");
      cJSON *branch = cJSON_GetObjectItemCaseSensitive (c, "branch");
      const char *idstr;
      g_autofree char *key = NULL;
      PsDate from;

      if (!cJSON_IsString (id))
        return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "contributions",
                                   _("each contribution needs an “id”"));
      idstr = id->valuestring;
      key = g_strdup_printf ("contributions.%s", idstr);
      if (!g_hash_table_add (ids, (gpointer) idstr))
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("this contribution id appears twice"));
      if (!_ps_rates_check_known_keys (c, contribution_keys, origin, key, error))
        return FALSE;
      {
        cJSON *until = cJSON_GetObjectItemCaseSensitive (c, "until");
        cJSON *when = cJSON_GetObjectItemCaseSensitive (c, "when");
        cJSON *nd = cJSON_GetObjectItemCaseSensitive (c, "not_deductible");
        cJSON *w;
        PsDate end;

        if (until != NULL && (!cJSON_IsString (until) || !ps_date_parse (until->valuestring, &end, NULL)))
          return _ps_rates_fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                                     _("“until” must be a date (YYYY-MM-DD)"));
        if (nd != NULL && !cJSON_IsBool (nd))
          return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                     _("“not_deductible” must be true or false"));
        if (when != NULL && !cJSON_IsObject (when))
          return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                     _("“when” must be an object"));
        if (when != NULL)
          {
            g_autofree char *wkey = g_strdup_printf ("%s.when", key);

            if (!_ps_rates_check_known_keys (when, when_keys, origin, wkey, error))
              return FALSE;
            cJSON_ArrayForEach (w, when)
              {
                gboolean is_count = g_str_has_prefix (w->string, "headcount_");

                if (is_count ? !(cJSON_IsNumber (w) && w->valuedouble >= 0 && w->valuedouble <= 1e9
                                 && w->valuedouble == (double) (int) w->valuedouble)
                             : !cJSON_IsBool (w))
                  return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, wkey,
                                             is_count ? _("a headcount must be a whole number")
                                                      : _("expected true or false"));
              }
          }
      }
      if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (c, "label")))
        return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key, _("missing “label”"));
      if (!_ps_rates_check_optional_string (c, "label_en", origin, key, error))
        return FALSE;
      if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (c, "source")))
        return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key, _("missing “source”"));
      if (!_ps_rates_parse_from (c, &from, origin, key, error))
        return FALSE;
      if (!cJSON_IsString (base) || name_index (base->valuestring, base_names, G_N_ELEMENTS (base_names)) < 0)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("“base” must be one of gross, t1, t1_gross, t2, cap4, cap8, csg, welfare, health"));
      if (!cJSON_IsString (branch) || name_index (branch->valuestring, branch_names, G_N_ELEMENTS (branch_names)) < 0)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("“branch” must be one of health, atmp, pension, family, unemployment, csg, other, welfare"));
      if (cJSON_GetObjectItemCaseSensitive (c, "employee") == NULL
          && cJSON_GetObjectItemCaseSensitive (c, "employer") == NULL)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key,
                                   _("needs an “employee” or an “employer” rate"));
      if (!check_rate (c, "employee", origin, idstr, effective, error)
          || !check_rate (c, "employer", origin, idstr, effective, error)
          || !check_rate (c, "reduced_employer", origin, idstr, effective, error))
        return FALSE;
      if (cJSON_GetObjectItemCaseSensitive (c, "reduced_employer") != NULL)
        {
          cJSON *max = cJSON_GetObjectItemCaseSensitive (c, "reduced_max_smic");

          if (!cJSON_IsNumber (max) || max->valuedouble <= 0 || max->valuedouble > 10)
            return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                       _("“reduced_employer” needs “reduced_max_smic”, a number of SMIC between 0 and 10"));
        }
    }
  return TRUE;
}

/* ----------------------------------------------------------- resolving */

static double
rate_at (cJSON  *spec,
         PsDate  date)
{
  cJSON *v = _ps_rates_dated_lookup (spec, date);

  return cJSON_IsNumber (v) ? v->valuedouble / 100.0 : 0.0;
}

static int
int_or (cJSON      *obj,
        const char *key,
        int         dflt)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, key);

  return cJSON_IsNumber (v) ? v->valueint : dflt;
}

static gboolean
bool_of (cJSON      *obj,
         const char *key)
{
  return cJSON_IsTrue (cJSON_GetObjectItemCaseSensitive (obj, key));
}

/* Appends to @p the contributions in force on @date. */
void
_ps_rates_resolve_contributions (PsRates  *self,
                                 PsDate    date,
                                 PsParams *p)
{
  cJSON *c;

  cJSON_ArrayForEach (c, self->contributions)
    {
      PsContribution *pc;
      cJSON *employee = cJSON_GetObjectItemCaseSensitive (c, "employee");
      cJSON *employer = cJSON_GetObjectItemCaseSensitive (c, "employer");
      cJSON *until = cJSON_GetObjectItemCaseSensitive (c, "until");
      cJSON *when = cJSON_GetObjectItemCaseSensitive (c, "when");
      PsDate from = 0, end = G_MAXUINT32;

      ps_date_parse (cJSON_GetObjectItemCaseSensitive (c, "from")->valuestring, &from, NULL);
      if (cJSON_IsString (until))
        ps_date_parse (until->valuestring, &end, NULL);
      if (date < from || date > end)
        continue;

      pc = &p->contributions[p->n_contributions++];
      pc->id = cJSON_GetObjectItemCaseSensitive (c, "id")->valuestring;
      pc->label = cJSON_GetObjectItemCaseSensitive (c, "label")->valuestring;
      {
        cJSON *en = cJSON_GetObjectItemCaseSensitive (c, "label_en");

        pc->label_en = cJSON_IsString (en) ? en->valuestring : NULL;
      }
      pc->source = cJSON_GetObjectItemCaseSensitive (c, "source")->valuestring;
      pc->from = from;
      pc->base = name_index (cJSON_GetObjectItemCaseSensitive (c, "base")->valuestring,
                             base_names, G_N_ELEMENTS (base_names));
      pc->branch = name_index (cJSON_GetObjectItemCaseSensitive (c, "branch")->valuestring,
                               branch_names, G_N_ELEMENTS (branch_names));
      pc->kind = PS_RATE_FIXED;
      if (cJSON_IsString (employer) || cJSON_IsString (employee))
        {
          const char *k = cJSON_IsString (employer) ? employer->valuestring : employee->valuestring;

          pc->kind = g_str_equal (k, "profile:atmp") ? PS_RATE_ATMP
                   : g_str_equal (k, "profile:vm") ? PS_RATE_VM
                   : PS_RATE_HEALTH;
        }
      if (employee != NULL && !cJSON_IsString (employee))
        pc->employee_rate = rate_at (employee, date);
      if (employer != NULL && !cJSON_IsString (employer))
        pc->employer_rate = rate_at (employer, date);
      if (cJSON_GetObjectItemCaseSensitive (c, "reduced_employer") != NULL)
        {
          pc->reduced_employer_rate = rate_at (cJSON_GetObjectItemCaseSensitive (c, "reduced_employer"), date);
          pc->reduced_max_smic = cJSON_GetObjectItemCaseSensitive (c, "reduced_max_smic")->valuedouble;
        }
      pc->not_deductible = bool_of (c, "not_deductible");
      pc->cadre_only = bool_of (when, "cadre");
      pc->non_cadre_only = cJSON_IsFalse (cJSON_GetObjectItemCaseSensitive (when, "cadre"));
      pc->above_pmss = bool_of (when, "gross_above_pmss");
      pc->not_officer = cJSON_IsFalse (cJSON_GetObjectItemCaseSensitive (when, "officer"));
      pc->headcount_min = int_or (when, "headcount_min", 0);
      pc->headcount_max = int_or (when, "headcount_max", G_MAXINT);
    }
}
