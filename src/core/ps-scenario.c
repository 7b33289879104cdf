/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-scenario"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include <cJSON.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-error.h"
#include "ps-file.h"
#include "ps-inputs.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-rates.h"
#include "ps-scenario-year.h"
#include "ps-scenario.h"
#include "ps-scenario-private.h"

G_DEFINE_QUARK (ps-scenario-error-quark, ps_scenario_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

/* What an empty field means. */
typedef enum
{
  REQUIRED,
  EMPTY_ZERO,   /* none */
  EMPTY_BEST,   /* the engine chooses: PS_SCENARIO_BEST */
} Empty;

typedef struct
{
  const char *key;
  const char *label;
  PsField     field;      /* its range and checks: the validation layer's */
  Empty       empty;
} FieldInfo;

static const FieldInfo fields[PS_N_SCENARIO_FIELDS] = {
  [PS_SCENARIO_FIELD_TJM] = { "tjm", N_("TJM"), PS_FIELD_TJM, REQUIRED },
  [PS_SCENARIO_FIELD_DAYS] = { "days_per_year", N_("Days per year"), PS_FIELD_DAYS_PER_YEAR, REQUIRED },
  [PS_SCENARIO_FIELD_EXPENSES_MONTHLY] = { "expenses_monthly", N_("Expenses"), PS_FIELD_EXPENSES_MONTHLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_FEE_PCT] = { "fee_pct", N_("Management fee"), PS_FIELD_FEE_PCT, REQUIRED },
  [PS_SCENARIO_FIELD_FEE_CAP_MONTHLY] = { "fee_cap_monthly", N_("Fee cap"), PS_FIELD_FEE_CAP_MONTHLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY] = { "fee_flat_monthly", N_("Flat fee"), PS_FIELD_FEE_FLAT_MONTHLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_CDI_GROSS_YEARLY] = { "cdi_gross_yearly", N_("CDI offer"), PS_FIELD_CDI_GROSS_YEARLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_ESN_MARGIN_PCT] = { "esn_margin_pct", N_("ESN margin"), PS_FIELD_ESN_MARGIN_PCT, REQUIRED },
  [PS_SCENARIO_FIELD_PARTS] = { "parts", N_("Household parts"), PS_FIELD_PARTS, REQUIRED },
  [PS_SCENARIO_FIELD_TAX_RATE_PCT] = { "tax_rate_pct", N_("Personal tax rate"), PS_FIELD_TAX_RATE_PCT, REQUIRED },
  [PS_SCENARIO_FIELD_HEADCOUNT] = { "headcount", N_("Headcount"), PS_FIELD_HEADCOUNT, REQUIRED },
  [PS_SCENARIO_FIELD_ATMP_PCT] = { "atmp_pct", N_("AT/MP rate"), PS_FIELD_ATMP_PCT, REQUIRED },
  [PS_SCENARIO_FIELD_VM_PCT] = { "vm_pct", N_("Versement mobilité"), PS_FIELD_VM_PCT, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_MUTUELLE_MONTHLY] = { "mutuelle_monthly", N_("Mutuelle"), PS_FIELD_MUTUELLE_MONTHLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_MUTUELLE_EMPLOYER_PCT] = { "mutuelle_employer_pct", N_("Employer share of the mutuelle"),
                                                PS_FIELD_MUTUELLE_EMPLOYER_PCT, REQUIRED },
  [PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY] = { "mileage_km_yearly", N_("Business kilometres"), PS_FIELD_MILEAGE_KM_YEARLY, EMPTY_ZERO },
  [PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY] = { "running_costs_yearly", N_("Company running costs"),
                                               PS_FIELD_RUNNING_COSTS_YEARLY, REQUIRED },
  [PS_SCENARIO_FIELD_SASU_SALARY_YEARLY] = { "sasu_salary_yearly", N_("SASU salary"), PS_FIELD_EMPLOYER_COST_YEARLY, EMPTY_BEST },
  [PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY] = { "eurl_remuneration_yearly", N_("EURL remuneration"),
                                                   PS_FIELD_REMUNERATION_YEARLY, EMPTY_BEST },
  /* empty: what portage's payslip spends on the mutuelle and prévoyance */
  [PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY] = { "health_budget_yearly", N_("Health budget"),
                                               PS_FIELD_HEALTH_BUDGET_YEARLY, EMPTY_BEST },
};

static PsField
validation_field (PsScenarioField field,
                  PsDaysUnit      unit)
{
  if (field == PS_SCENARIO_FIELD_DAYS && unit == PS_DAYS_PER_MONTH)
    return PS_FIELD_DAYS_PER_MONTH;
  return fields[field].field;
}

static const char *fee_model_ids[] = {
  [PS_FEE_PERCENT_REVENUE] = "percent",
  [PS_FEE_PERCENT_NET_OF_EXPENSES] = "percent-net",
  [PS_FEE_FLAT] = "flat",
};

static const char *tax_method_ids[] = {
  [PS_TAX_BAREME] = "bareme",
  [PS_TAX_NEUTRAL] = "neutral",
  [PS_TAX_RATE] = "rate",
};

static const char *level_ids[] = {
  [PS_LEVEL_FIRST] = "first",
  [PS_LEVEL_JUNIOR] = "junior",
  [PS_LEVEL_SENIOR] = "senior",
  [PS_LEVEL_EXPERT] = "expert",
};

const char *
ps_fee_model_id (PsFeeModel model)
{
  g_return_val_if_fail ((guint) model < G_N_ELEMENTS (fee_model_ids), NULL);
  return fee_model_ids[model];
}

const char *
ps_tax_method_id (PsTaxMethod method)
{
  g_return_val_if_fail ((guint) method < G_N_ELEMENTS (tax_method_ids), NULL);
  return tax_method_ids[method];
}

const char *
ps_level_id (PsLevel level)
{
  g_return_val_if_fail ((guint) level < G_N_ELEMENTS (level_ids), NULL);
  return level_ids[level];
}

void
ps_scenario_file_init (PsScenarioFile *file,
                       const PsParams *params)
{
  memset (file, 0, sizeof *file);
  ps_scenario_init (&file->scenario, params);
  ps_year_inputs_init (&file->year);
  file->days_unit = PS_DAYS_PER_YEAR;
  file->date = 0;
  file->current_offer = -1;
}

/* ------------------------------------------------------------ fields */

const char *
ps_scenario_field_key (PsScenarioField field,
                       PsDaysUnit      unit)
{
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, NULL);
  if (field == PS_SCENARIO_FIELD_DAYS && unit == PS_DAYS_PER_MONTH)
    return "days_per_month";
  return fields[field].key;
}

const char *
ps_scenario_field_label (PsScenarioField field,
                         PsDaysUnit      unit)
{
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, NULL);
  if (field == PS_SCENARIO_FIELD_DAYS && unit == PS_DAYS_PER_MONTH)
    return _("Days per month");
  return _(fields[field].label);
}

void
ps_scenario_field_range (PsScenarioField field,
                         PsDaysUnit      unit,
                         double         *out_min,
                         double         *out_max)
{
  const PsFieldSpec *spec;

  g_return_if_fail (field < PS_N_SCENARIO_FIELDS);
  spec = ps_field_spec (validation_field (field, unit));
  *out_min = spec->min;
  *out_max = spec->max;
}

gboolean
ps_scenario_field_is_optional (PsScenarioField field)
{
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, FALSE);
  return fields[field].empty != REQUIRED;
}

gboolean
ps_scenario_field_empty_is_best (PsScenarioField field)
{
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, FALSE);
  return fields[field].empty == EMPTY_BEST;
}

/* What an optional field holds when it is left empty. */
static double
empty_value (PsScenarioField field)
{
  return fields[field].empty == EMPTY_BEST ? PS_SCENARIO_BEST : 0;
}

static gboolean
is_empty_value (PsScenarioField field,
                double          value)
{
  return fields[field].empty != REQUIRED && value == empty_value (field);
}

static gboolean
check_field (PsScenarioField field,
             PsDaysUnit      unit,
             const char     *name,
             double          value,
             GError        **error)
{
  if (is_empty_value (field, value))
    return TRUE;
  return ps_input_check_field (validation_field (field, unit), name, value, error);
}

static void
store_field (PsScenarioFile *file,
             PsScenarioField field,
             double          value)
{
  PsScenario *s = &file->scenario;

  switch (field)
    {
    case PS_SCENARIO_FIELD_TJM: s->tjm = value; break;
    case PS_SCENARIO_FIELD_DAYS:
      s->days_per_year = file->days_unit == PS_DAYS_PER_MONTH ? value * 12 : value;
      break;
    case PS_SCENARIO_FIELD_EXPENSES_MONTHLY: s->expenses_monthly = value; break;
    case PS_SCENARIO_FIELD_FEE_PCT: s->fee_rate = value / 100; break;
    case PS_SCENARIO_FIELD_FEE_CAP_MONTHLY: s->fee_cap_monthly = value; break;
    case PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY: s->fee_flat_monthly = value; break;
    case PS_SCENARIO_FIELD_CDI_GROSS_YEARLY: s->cdi_gross_yearly = value; break;
    case PS_SCENARIO_FIELD_ESN_MARGIN_PCT: s->esn_margin_rate = value / 100; break;
    case PS_SCENARIO_FIELD_PARTS: s->tax.parts = value; break;
    case PS_SCENARIO_FIELD_TAX_RATE_PCT: s->tax.rate = value / 100; break;
    case PS_SCENARIO_FIELD_HEADCOUNT: s->profile.headcount = (int) value; break;
    case PS_SCENARIO_FIELD_ATMP_PCT: s->profile.atmp_rate = value / 100; break;
    case PS_SCENARIO_FIELD_VM_PCT: s->profile.vm_rate = value / 100; break;
    case PS_SCENARIO_FIELD_MUTUELLE_MONTHLY: s->profile.mutuelle_monthly = value; break;
    case PS_SCENARIO_FIELD_MUTUELLE_EMPLOYER_PCT: s->profile.mutuelle_employer_rate = value / 100; break;
    case PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY: s->mileage_km_yearly = value; break;
    case PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY: s->company_running_costs = value; break;
    case PS_SCENARIO_FIELD_SASU_SALARY_YEARLY: s->sasu_salary_yearly = value; break;
    case PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY: s->eurl_remuneration_yearly = value; break;
    case PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY: s->health_yearly = value; break;
    case PS_N_SCENARIO_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

double
ps_scenario_file_get_field (const PsScenarioFile *file,
                            PsScenarioField       field)
{
  const PsScenario *s = &file->scenario;

  switch (field)
    {
    case PS_SCENARIO_FIELD_TJM: return s->tjm;
    case PS_SCENARIO_FIELD_DAYS:
      return file->days_unit == PS_DAYS_PER_MONTH ? s->days_per_year / 12 : s->days_per_year;
    case PS_SCENARIO_FIELD_EXPENSES_MONTHLY: return s->expenses_monthly;
    case PS_SCENARIO_FIELD_FEE_PCT: return s->fee_rate * 100;
    case PS_SCENARIO_FIELD_FEE_CAP_MONTHLY: return s->fee_cap_monthly;
    case PS_SCENARIO_FIELD_FEE_FLAT_MONTHLY: return s->fee_flat_monthly;
    case PS_SCENARIO_FIELD_CDI_GROSS_YEARLY: return s->cdi_gross_yearly;
    case PS_SCENARIO_FIELD_ESN_MARGIN_PCT: return s->esn_margin_rate * 100;
    case PS_SCENARIO_FIELD_PARTS: return s->tax.parts;
    case PS_SCENARIO_FIELD_TAX_RATE_PCT: return s->tax.rate * 100;
    case PS_SCENARIO_FIELD_HEADCOUNT: return s->profile.headcount;
    case PS_SCENARIO_FIELD_ATMP_PCT: return s->profile.atmp_rate * 100;
    case PS_SCENARIO_FIELD_VM_PCT: return s->profile.vm_rate * 100;
    case PS_SCENARIO_FIELD_MUTUELLE_MONTHLY: return s->profile.mutuelle_monthly;
    case PS_SCENARIO_FIELD_MUTUELLE_EMPLOYER_PCT: return s->profile.mutuelle_employer_rate * 100;
    case PS_SCENARIO_FIELD_MILEAGE_KM_YEARLY: return s->mileage_km_yearly;
    case PS_SCENARIO_FIELD_RUNNING_COSTS_YEARLY: return s->company_running_costs;
    /* the engine reads any negative pay as "the best split" */
    case PS_SCENARIO_FIELD_SASU_SALARY_YEARLY:
      return s->sasu_salary_yearly < 0 ? PS_SCENARIO_BEST : s->sasu_salary_yearly;
    case PS_SCENARIO_FIELD_EURL_REMUNERATION_YEARLY:
      return s->eurl_remuneration_yearly < 0 ? PS_SCENARIO_BEST : s->eurl_remuneration_yearly;
    case PS_SCENARIO_FIELD_HEALTH_BUDGET_YEARLY:
      return s->health_yearly < 0 ? PS_SCENARIO_BEST : s->health_yearly;
    case PS_N_SCENARIO_FIELDS:
    default:
      g_return_val_if_reached (0);
    }
}

static gboolean
set_field_named (PsScenarioFile *file,
                 PsScenarioField field,
                 const char     *name,
                 double          value,
                 GError        **error)
{
  if (!check_field (field, file->days_unit, name, value, error))
    return FALSE;
  store_field (file, field, value);
  return TRUE;
}

gboolean
ps_scenario_file_set_field (PsScenarioFile *file,
                            PsScenarioField field,
                            double          value,
                            GError        **error)
{
  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, FALSE);
  return set_field_named (file, field, ps_scenario_field_label (field, file->days_unit),
                          value, error);
}

gboolean
ps_scenario_file_set_field_text (PsScenarioFile *file,
                                 PsScenarioField field,
                                 const char     *text,
                                 GError        **error)
{
  const char *name;
  double value, min, max;

  g_return_val_if_fail (field < PS_N_SCENARIO_FIELDS, FALSE);

  name = ps_scenario_field_label (field, file->days_unit);
  if (fields[field].empty != REQUIRED)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

      if (*stripped == '\0')
        {
          store_field (file, field, empty_value (field));
          return TRUE;
        }
    }
  /* the parser's own range check would reject an optional field's 0 */
  ps_scenario_field_range (field, file->days_unit, &min, &max);
  if (!ps_input_parse_number (name, text, fields[field].empty == EMPTY_ZERO ? MIN (0.0, min) : min,
                              max, &value, error))
    return FALSE;
  return set_field_named (file, field, name, value, error);
}

char *
ps_scenario_file_format_field (const PsScenarioFile *file,
                               PsScenarioField       field)
{
  double value = ps_scenario_file_get_field (file, field);
  int decimals;

  if (is_empty_value (field, value))
    return g_strdup ("");
  for (decimals = 0; decimals < 2; decimals++)
    if (fabs (ps_round_to (value, decimals) - value) < 1e-9)
      break;
  return ps_format_number (value, decimals);
}

/* ------------------------------------------------------------ JSON */

static gboolean
field_error (GError    **error,
             GError     *cause)
{
  g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
read_enum (cJSON       *root,
           const char  *key,
           const char **ids,
           guint        n_ids,
           int         *out,
           GError     **error)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (root, key);
  g_autoptr (GString) accepted = NULL;

  if (v == NULL)
    return TRUE;
  if (cJSON_IsString (v))
    for (guint i = 0; i < n_ids; i++)
      if (g_str_equal (v->valuestring, ids[i]))
        {
          *out = (int) i;
          return TRUE;
        }

  accepted = g_string_new (NULL);
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (accepted, "%s%s", i > 0 ? ", " : "", ids[i]);
  if (cJSON_IsString (v))
    g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                 /* Translators: key, accepted values, value found */
                 _("%s: expected one of %s, got “%s”"), key, accepted->str, v->valuestring);
  else
    g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                 _("%s: expected one of %s"), key, accepted->str);
  return FALSE;
}

static gboolean
read_bool (cJSON      *root,
           const char *key,
           gboolean   *out,
           GError    **error)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (root, key);

  if (v == NULL)
    return TRUE;
  if (!cJSON_IsBool (v))
    {
      g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                   _("%s: expected true or false"), key);
      return FALSE;
    }
  *out = cJSON_IsTrue (v);
  return TRUE;
}

static gboolean
read_field (cJSON           *root,
            PsScenarioFile  *file,
            PsScenarioField  field,
            GError         **error)
{
  const char *key = ps_scenario_field_key (field, file->days_unit);
  cJSON *v = cJSON_GetObjectItemCaseSensitive (root, key);
  GError *cause = NULL;

  if (v == NULL)
    return TRUE;
  /* null: the field left empty */
  if (cJSON_IsNull (v) && fields[field].empty != REQUIRED)
    {
      store_field (file, field, empty_value (field));
      return TRUE;
    }
  if (!cJSON_IsNumber (v))
    {
      g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                   _("%s: expected a number"), key);
      return FALSE;
    }
  /* only null stands for the engine's choice: a number is checked */
  if (fields[field].empty == EMPTY_BEST && is_empty_value (field, v->valuedouble))
    {
      ps_input_check_field (validation_field (field, file->days_unit), key, v->valuedouble, &cause);
      return field_error (error, cause);
    }
  if (!set_field_named (file, field, key, v->valuedouble, &cause))
    return field_error (error, cause);
  return TRUE;
}

gboolean
ps_scenario_file_from_json (PsScenarioFile *file,
                            const char     *text,
                            gssize          length,
                            GError        **error)
{
  g_autoptr (cJSON) root = NULL;
  PsScenarioFile f = *file;
  cJSON *format, *date, *per_year, *per_month;
  int value;

  if (length < 0)
    length = strlen (text);
  {
    g_autofree char *problem = NULL;

    root = ps_json_parse_strict (text, (gsize) length, &problem);
    if (root == NULL)
      {
        g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_PARSE, problem);
        return FALSE;
      }
  }
  if (!cJSON_IsObject (root))
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_PARSE,
                           _("Not a scenario: the file does not hold a JSON object"));
      return FALSE;
    }

  format = cJSON_GetObjectItemCaseSensitive (root, "format");
  if (format == NULL)
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FORMAT,
                           _("Not a Portage Simulator scenario: the “format” key is missing"));
      return FALSE;
    }
  if (!cJSON_IsNumber (format) || format->valuedouble != floor (format->valuedouble)
      || format->valuedouble < 1)
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FORMAT,
                           _("format: expected a version number"));
      return FALSE;
    }
  if (format->valuedouble > PS_SCENARIO_FORMAT)
    {
      /* %g: a huge number does not fit an int */
      g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FORMAT,
                   _("format: version %g is newer than this application reads (%d); update Portage Simulator"),
                   format->valuedouble, PS_SCENARIO_FORMAT);
      return FALSE;
    }

  date = cJSON_GetObjectItemCaseSensitive (root, "date");
  if (date != NULL && cJSON_IsNull (date))
    f.date = 0;
  else if (date != NULL)
    {
      g_autofree int *years = NULL;
      int n_years;
      PsDate d;

      if (!cJSON_IsString (date) || !ps_date_parse (date->valuestring, &d, NULL))
        {
          g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                               _("date: expected a date as YYYY-MM-DD"));
          return FALSE;
        }
      years = ps_rates_list_years (&n_years);
      if (n_years < 1 || PS_DATE_YEAR (d) < years[0] || PS_DATE_YEAR (d) > years[n_years - 1])
        {
          g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                       _("date: %s is outside the years with rates (%d to %d)"),
                       date->valuestring, n_years > 0 ? years[0] : 0,
                       n_years > 0 ? years[n_years - 1] : 0);
          return FALSE;
        }
      f.date = d;
    }

  per_year = cJSON_GetObjectItemCaseSensitive (root, "days_per_year");
  per_month = cJSON_GetObjectItemCaseSensitive (root, "days_per_month");
  if (per_year != NULL && per_month != NULL)
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                           _("days_per_year, days_per_month: give one of them, not both"));
      return FALSE;
    }
  if (per_month != NULL)
    f.days_unit = PS_DAYS_PER_MONTH;
  else if (per_year != NULL)
    f.days_unit = PS_DAYS_PER_YEAR;

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    if (!read_field (root, &f, i, error))
      return FALSE;

  value = f.scenario.fee_model;
  if (!read_enum (root, "fee_model", fee_model_ids, G_N_ELEMENTS (fee_model_ids), &value, error))
    return FALSE;
  f.scenario.fee_model = value;
  /* a flat fee needs its amount, as on the command line */
  if (value == PS_FEE_FLAT && cJSON_GetObjectItemCaseSensitive (root, "fee_model") != NULL
      && !cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (root, "fee_flat_monthly")))
    {
      g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                           _("fee_flat_monthly: required with fee_model flat"));
      return FALSE;
    }
  value = f.scenario.tax.method;
  if (!read_enum (root, "tax", tax_method_ids, G_N_ELEMENTS (tax_method_ids), &value, error))
    return FALSE;
  f.scenario.tax.method = value;
  value = f.scenario.level;
  if (!read_enum (root, "level", level_ids, G_N_ELEMENTS (level_ids), &value, error))
    return FALSE;
  f.scenario.level = value;
  if (!read_bool (root, "reserve", &f.scenario.reserve, error)
      || !read_bool (root, "cadre", &f.scenario.profile.cadre, error)
      || !read_bool (root, "micro_vl", &f.scenario.micro_vl, error)
      || !read_bool (root, "micro_acre", &f.scenario.micro_acre, error)
      || !read_bool (root, "company_acre", &f.scenario.company_acre, error)
      || !read_bool (root, "eurl_ir", &f.scenario.eurl_ir, error)
      || !read_bool (root, "dividends_bareme", &f.scenario.dividends_bareme, error)
      || !read_bool (root, "csm_exempt", &f.scenario.csm_exempt, error)
      || !read_bool (root, "acre_eligible", &f.scenario.acre_eligible, error)
      || !read_bool (root, "portage_cdd", &f.scenario.portage_cdd, error)
      || !read_bool (root, "reserve_cash_only", &f.scenario.reserve_cash_only, error))
    return FALSE;
  if (!_ps_scenario_file_read_year (root, &f, error))
    return FALSE;

  {
    cJSON *t = cJSON_GetObjectItemCaseSensitive (root, "telework_days_per_week");

    if (t != NULL && (!cJSON_IsNumber (t) || !(t->valuedouble >= 0 && t->valuedouble <= 5)))
      {
        g_set_error_literal (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_FIELD,
                             _("telework_days_per_week: expected a number of days from 0 to 5"));
        return FALSE;
      }
    if (t != NULL)
      f.scenario.telework_days_per_week = t->valuedouble;
  }
  if (!_ps_scenario_file_read_offers (root, &f, error))
    return FALSE;

  *file = f;
  return TRUE;
}

char *
ps_scenario_file_to_json (const PsScenarioFile *file)
{
  g_autoptr (cJSON) root = cJSON_CreateObject ();
  const PsScenario *s = &file->scenario;

  cJSON_AddNumberToObject (root, "format", PS_SCENARIO_FORMAT);
  if (file->date != 0)
    {
      g_autofree char *date = ps_date_format (file->date);
      cJSON_AddStringToObject (root, "date", date);
    }
  else
    cJSON_AddNullToObject (root, "date");

  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    {
      const char *key = ps_scenario_field_key (i, file->days_unit);
      double value = ps_scenario_file_get_field (file, i);

      /* null: "the ESN's salary", "the best split" */
      if ((i == PS_SCENARIO_FIELD_CDI_GROSS_YEARLY && value == 0)
          || (fields[i].empty == EMPTY_BEST && value == PS_SCENARIO_BEST))
        cJSON_AddNullToObject (root, key);
      else
        /* 6 decimals: 0.64 % stays 0.64, not 0.64000000000000001 */
        cJSON_AddNumberToObject (root, key, ps_round_to (value, 6) + 0.0);
      if (i == PS_SCENARIO_FIELD_FEE_PCT - 1)
        cJSON_AddStringToObject (root, "fee_model", ps_fee_model_id (s->fee_model));
      if (i == PS_SCENARIO_FIELD_PARTS - 1)
        cJSON_AddStringToObject (root, "tax", ps_tax_method_id (s->tax.method));
    }
  cJSON_AddBoolToObject (root, "cadre", s->profile.cadre);
  cJSON_AddStringToObject (root, "level", ps_level_id (s->level));
  cJSON_AddBoolToObject (root, "reserve", s->reserve);
  cJSON_AddBoolToObject (root, "acre_eligible", s->acre_eligible);
  cJSON_AddNumberToObject (root, "telework_days_per_week", ps_round_to (s->telework_days_per_week, 6) + 0.0);
  _ps_scenario_file_write_year (file, root);
  cJSON_AddBoolToObject (root, "portage_cdd", s->portage_cdd);
  cJSON_AddBoolToObject (root, "reserve_cash_only", s->reserve_cash_only);
  cJSON_AddBoolToObject (root, "micro_vl", s->micro_vl);
  cJSON_AddBoolToObject (root, "micro_acre", s->micro_acre);
  cJSON_AddBoolToObject (root, "company_acre", s->company_acre);
  cJSON_AddBoolToObject (root, "eurl_ir", s->eurl_ir);
  cJSON_AddBoolToObject (root, "dividends_bareme", s->dividends_bareme);
  cJSON_AddBoolToObject (root, "csm_exempt", s->csm_exempt);
  _ps_scenario_file_write_offers (file, root);

  return cJSON_Print (root);
}

#define MAX_SCENARIO_SIZE (1024 * 1024)

gboolean
ps_scenario_file_load (PsScenarioFile *file,
                       const char     *path,
                       GError        **error)
{
  g_autofree char *text = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr (GError) local_error = NULL;
  gsize length;

  /* a regular file (not a device or a fifo: they never end), not huge */
  if (!ps_file_read (path, MAX_SCENARIO_SIZE, &text, &length, error))
    return FALSE;
  if (!ps_scenario_file_from_json (file, text, length, &local_error))
    {
      /* Translators: a file name, then what is wrong in it */
      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The keys this version writes (both days keys: switching the unit
 * removes the other one). */
static gboolean
is_own_key (const char *key)
{
  static const char * const own[] = {
    "format", "date", "fee_model", "tax", "cadre", "level", "reserve", "micro_vl", "micro_acre",
    "company_acre",
    "eurl_ir", "dividends_bareme", "days_per_year", "days_per_month", "csm_exempt", "acre_eligible",
    "telework_days_per_week", "portage_cdd", "reserve_cash_only", "name", "offers", "current_offer", NULL
  };

  if (g_strv_contains (own, key))
    return TRUE;
  for (int i = 0; i < PS_N_SCENARIO_FIELDS; i++)
    if (g_str_equal (key, ps_scenario_field_key (i, PS_DAYS_PER_YEAR)))
      return TRUE;
  if (g_str_equal (key, PS_SCENARIO_YEAR_KEY))
    return TRUE;
  return FALSE;
}

char **
ps_scenario_unknown_keys (const char *text,
                          gsize       length)
{
  g_autofree char *problem = NULL;
  g_autoptr (cJSON) root = ps_json_parse_strict (text, length, &problem);
  GPtrArray *keys = g_ptr_array_new ();
  cJSON *item;

  if (cJSON_IsObject (root))
    cJSON_ArrayForEach (item, root)
      if (item->string != NULL && !is_own_key (item->string))
        g_ptr_array_add (keys, g_strdup (item->string));
  g_ptr_array_add (keys, NULL);
  return (char **) g_ptr_array_free (keys, FALSE);
}

gboolean
ps_scenario_file_save_full (const PsScenarioFile *file,
                            const char           *path,
                            PsScenarioSaveFlags   flags,
                            GError              **error)
{
  g_autofree char *target = NULL;
  g_autofree char *new_text = ps_scenario_file_to_json (file);
  g_autofree char *merged = NULL;
  g_autofree char *with_newline = NULL;
  g_autoptr (cJSON) root = NULL;
  GStatBuf st;

  target = ps_file_resolve_target (path, error);
  if (target == NULL)
    return FALSE;

  root = cJSON_Parse (new_text);
  if (g_stat (target, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > 0)
    {
      g_autofree char *old_text = NULL;
      g_autofree char *problem = NULL;
      g_autoptr (cJSON) old_root = NULL;
      gboolean is_scenario = FALSE;
      gsize old_length = 0;

      if (ps_file_read (target, MAX_SCENARIO_SIZE, &old_text, &old_length, NULL))
        {
          old_root = ps_json_parse_strict (old_text, old_length, &problem);
          is_scenario = cJSON_IsObject (old_root)
                        && cJSON_IsNumber (cJSON_GetObjectItemCaseSensitive (old_root, "format"));
        }
      if (!is_scenario && !(flags & PS_SCENARIO_SAVE_REPLACE))
        {
          g_autofree char *name = g_filename_display_basename (path);

          g_set_error (error, PS_SCENARIO_ERROR, PS_SCENARIO_ERROR_NOT_SCENARIO,
                       _("%s exists and is not a Portage Simulator scenario: it was not replaced"), name);
          return FALSE;
        }
      if (is_scenario)
        {
          /* the user's own keys ("notes"…), after ours */
          cJSON *item;

          cJSON_ArrayForEach (item, old_root)
            if (item->string != NULL && !is_own_key (item->string)
                && cJSON_GetObjectItemCaseSensitive (root, item->string) == NULL)
              cJSON_AddItemToObject (root, item->string, cJSON_Duplicate (item, TRUE));
        }
    }

  merged = cJSON_Print (root);
  with_newline = g_strconcat (merged, "\n", NULL);
  return ps_file_write (path, with_newline, strlen (with_newline), error);
}

gboolean
ps_scenario_file_save (const PsScenarioFile *file,
                       const char           *path,
                       GError              **error)
{
  return ps_scenario_file_save_full (file, path, PS_SCENARIO_SAVE_DEFAULT, error);
}
