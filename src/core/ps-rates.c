/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-rates"

#include "config.h"

#include <cJSON.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-error.h"
#include "ps-file.h"
#include "ps-rates.h"
#include "ps-rates-resources.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

#define RATES_RESOURCE_PATH RESOURCE_BASE "/rates/"
#define FIRST_YEAR 2025
#define LAST_YEAR  2026
#define N_CACHE    8

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
  PsParams  *cache[N_CACHE];
  guint      cache_next;
};

/* ------------------------------------------------------------------ errors */

static gboolean
fail_key (GError    **error,
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
static gboolean
check_known_keys (cJSON              *obj,
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

          return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("unknown key"));
        }
    }
  return TRUE;
}

static gboolean
check_optional_string (cJSON      *obj,
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
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("expected a text"));
  }
}

/* ------------------------------------------------------------- dated values */

static gboolean
parse_from (cJSON      *item,
            PsDate     *out,
            const char *origin,
            const char *key,
            GError    **error)
{
  cJSON *from = cJSON_GetObjectItemCaseSensitive (item, "from");

  if (!cJSON_IsString (from) || !ps_date_parse (from->valuestring, out, NULL))
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                     _("every value needs a “from” date (YYYY-MM-DD)"));
  return TRUE;
}

/* Checks a param or rate: either {"from", "value"} or {"values": [{"from",
 * "value"}, …]} with dates in increasing order, or (for contribution rates)
 * a plain number. Returns the JSON item in force on @date, or NULL. */
static cJSON *
dated_lookup (cJSON  *spec,
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

static gboolean
check_dated (cJSON      *spec,
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

      if (!parse_from (spec, &from, origin, key, error))
        return FALSE;
      if (from > effective)
        return fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                         _("the first value must be in force on the file’s effective date"));
      return TRUE;
    }
  values = cJSON_IsArray (spec) ? spec : cJSON_GetObjectItemCaseSensitive (spec, "values");
  if (!cJSON_IsArray (values) || cJSON_GetArraySize (values) == 0)
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                     _("expected {\"from\": …, \"value\": …} or a “values” list"));
  cJSON_ArrayForEach (v, values)
    {
      PsDate from;

      static const char * const entry_keys[] = { "from", "value", NULL };

      if (!cJSON_IsObject (v) || cJSON_GetObjectItemCaseSensitive (v, "value") == NULL)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("each entry of “values” needs “from” and “value”"));
      if (!check_known_keys (v, entry_keys, origin, key, error))
        return FALSE;
      if (!parse_from (v, &from, origin, key, error))
        return FALSE;
      if (prev == 0 && from > effective)
        return fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                         _("the first value must be in force on the file’s effective date"));
      if (from <= prev)
        return fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                         _("the “from” dates must be in increasing order"));
      prev = from;
    }
  return TRUE;
}

/* ------------------------------------------------------------ the schema */

typedef enum { P_NUM, P_PCT, P_INT, P_TABLE } ParamType;

typedef struct
{
  const char *key;
  ParamType   type;
  double      min;
  double      max;
  gsize       offset;   /* into PsParams, for P_NUM and P_PCT */
} ParamSpec;

#define OFF(field) G_STRUCT_OFFSET (PsParams, field)

static const ParamSpec param_specs[] = {
  { "pss_monthly", P_NUM, 1000, 100000, OFF (pss_monthly) },
  { "pss_annual", P_NUM, 12000, 1200000, OFF (pss_annual) },
  { "smic_hourly", P_NUM, 1, 100, OFF (smic_hourly) },
  { "smic_monthly_hours", P_NUM, 1, 300, OFF (smic_monthly_hours) },
  { "atmp_min_pct", P_PCT, 0, 10, OFF (atmp_min_rate) },
  { "csg_base_pct", P_PCT, 0, 100, OFF (csg_base_rate) },
  { "csg_abatement_ceiling_pmss", P_NUM, 0, 100, OFF (csg_abatement_pmss) },
  { "welfare_exempt_pss_pct", P_PCT, 0, 100, OFF (welfare_exempt_pss) },
  { "welfare_exempt_gross_pct", P_PCT, 0, 100, OFF (welfare_exempt_gross) },
  { "welfare_exempt_cap_pss_pct", P_PCT, 0, 100, OFF (welfare_exempt_cap) },
  { "employee_welfare_exempt_pss_pct", P_PCT, 0, 100, OFF (employee_welfare_exempt_pss) },
  { "employee_welfare_exempt_gross_pct", P_PCT, 0, 100, OFF (employee_welfare_exempt_gross) },
  { "employee_welfare_exempt_cap_pss_pct", P_PCT, 0, 100, OFF (employee_welfare_exempt_cap) },
  { "reduction_kind", P_INT, 0, 2, OFF (reduction_kind) },
  { "reduction_smic_factor", P_NUM, 0, 10, OFF (reduction_smic_factor) },
  { "reduction_tmin", P_NUM, 0, 1, OFF (reduction_tmin) },
  { "reduction_tdelta_lt50", P_NUM, 0, 1, OFF (reduction_tdelta_lt50) },
  { "reduction_tdelta_ge50", P_NUM, 0, 1, OFF (reduction_tdelta_ge50) },
  { "reduction_p", P_NUM, 0, 10, OFF (reduction_p) },
  { "reduction_t_lt50", P_NUM, 0, 1, OFF (reduction_t_lt50) },
  { "reduction_t_ge50", P_NUM, 0, 1, OFF (reduction_t_ge50) },
  { "ir_brackets", P_TABLE, 0, 0, OFF (ir_brackets) },
  { "cehr_single", P_TABLE, 0, 0, OFF (cehr_single) },
  { "cehr_couple", P_TABLE, 0, 0, OFF (cehr_couple) },
  { "qf_cap_half_part", P_NUM, 0, 100000, OFF (qf_cap_half_part) },
  { "decote_single", P_NUM, 0, 100000, OFF (decote_single) },
  { "decote_couple", P_NUM, 0, 100000, OFF (decote_couple) },
  { "decote_pct", P_PCT, 0, 100, OFF (decote_rate) },
  { "deduction_pct", P_PCT, 0, 100, OFF (deduction_rate) },
  { "deduction_min", P_NUM, 0, 100000, OFF (deduction_min) },
  { "deduction_max", P_NUM, 0, 1000000, OFF (deduction_max) },
  { "pas_neutral_grid", P_TABLE, 0, 0, OFF (pas_grid) },
  { "portage_iaa_pct", P_PCT, 0, 100, OFF (portage_iaa_rate) },
  { "portage_paid_leave_pct", P_PCT, 0, 100, OFF (portage_paid_leave_rate) },
  { "portage_reserve_pct", P_PCT, 0, 100, OFF (portage_reserve_rate) },
  { "portage_pss_2017_monthly", P_NUM, 1000, 10000, OFF (portage_pss_2017_monthly) },
  { "portage_level_first_pct", P_PCT, 0, 200, OFF (portage_level_rate[PS_LEVEL_FIRST]) },
  { "portage_level_junior_pct", P_PCT, 0, 200, OFF (portage_level_rate[PS_LEVEL_JUNIOR]) },
  { "portage_level_senior_pct", P_PCT, 0, 200, OFF (portage_level_rate[PS_LEVEL_SENIOR]) },
  { "portage_level_expert_pct", P_PCT, 0, 200, OFF (portage_level_rate[PS_LEVEL_EXPERT]) },
  { "portage_forfait_days", P_NUM, 1, 366, OFF (portage_forfait_days) },
  { "portage_expenses_cap_pct", P_PCT, 0, 100, OFF (portage_expenses_cap_rate) },
  { "portage_default_fee_pct", P_PCT, 0, 100, OFF (default_fee_rate) },
  { "esn_margin_pct", P_PCT, 0, 100, OFF (esn_margin_rate) },
  { "cdi_floor_cadre_monthly", P_NUM, 0, 100000, OFF (cdi_floor_cadre_monthly) },
  { "vm_paris_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_PARIS]) },
  { "vm_lyon_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_LYON]) },
  { "vm_marseille_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_MARSEILLE]) },
  { "vm_bordeaux_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_BORDEAUX]) },
  { "vm_lille_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_LILLE]) },
  { "vm_nice_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_NICE]) },
  { "vm_rennes_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_RENNES]) },
  { "vm_strasbourg_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_STRASBOURG]) },
  { "telework_daily", P_NUM, 0, 100, OFF (telework_daily) },
  { "telework_monthly_cap", P_NUM, 0, 1000, OFF (telework_monthly_cap) },
  { "meal_outside_premises", P_NUM, 0, 100, OFF (meal_outside_premises) },
  { "meal_restaurant", P_NUM, 0, 100, OFF (meal_restaurant) },
  { "tr_employer_exempt_max", P_NUM, 0, 100, OFF (tr_employer_exempt_max) },
  { "tr_employer_share_max_pct", P_PCT, 0, 100, OFF (tr_employer_share_max) },
  { "pee_cap_pass_pct", P_PCT, 0, 100, OFF (pee_cap_pass) },
  { "perco_cap_pass_pct", P_PCT, 0, 100, OFF (perco_cap_pass) },
  { "savings_forfait_social_pct", P_PCT, 0, 100, OFF (savings_forfait_social) },
  { "savings_csg_crds_pct", P_PCT, 0, 100, OFF (savings_csg_crds) },
  { "per_deduction_pct", P_PCT, 0, 100, OFF (per_deduction) },
  { "per_floor_pass_pct", P_PCT, 0, 100, OFF (per_floor_pass) },
  { "per_cap_pass_multiple", P_NUM, 0, 100, OFF (per_cap_pass_multiple) },
  { "per_pass_previous_year", P_NUM, 12000, 1200000, OFF (per_pass_previous_year) },
  { "mileage_5cv_short", P_NUM, 0, 10, OFF (mileage_5cv_short) },
  { "mileage_5cv_mid_rate", P_NUM, 0, 10, OFF (mileage_5cv_mid_rate) },
  { "mileage_5cv_mid_fixed", P_NUM, 0, 100000, OFF (mileage_5cv_mid_fixed) },
  { "mileage_5cv_long", P_NUM, 0, 10, OFF (mileage_5cv_long) },
  { "fee_typical_cap_monthly", P_NUM, 0, 100000, OFF (fee_typical_cap_monthly) },
  { "micro_bnc_pct", P_PCT, 0, 100, OFF (micro_bnc_rate) },
  { "micro_cfp_pct", P_PCT, 0, 100, OFF (micro_cfp_rate) },
  { "micro_abatement_pct", P_PCT, 0, 100, OFF (micro_abatement_rate) },
  { "micro_abatement_min", P_NUM, 0, 100000, OFF (micro_abatement_min) },
  { "micro_vl_pct", P_PCT, 0, 100, OFF (micro_vl_rate) },
  { "micro_vl_rfr_limit_per_part", P_NUM, 0, 1000000, OFF (micro_vl_rfr_limit_per_part) },
  { "micro_acre_pct", P_PCT, 0, 100, OFF (micro_acre_share) },
  { "micro_acre_decimals", P_INT, 0, 6, OFF (micro_acre_decimals) },
  { "acre_exemption_pct", P_PCT, 0, 100, OFF (acre_exemption_share) },
  { "acre_full_pass_pct", P_PCT, 0, 100, OFF (acre_full_pass) },
  { "micro_threshold", P_NUM, 0, 10000000, OFF (micro_threshold) },
  { "vat_franchise", P_NUM, 0, 10000000, OFF (vat_franchise) },
  { "vat_franchise_high", P_NUM, 0, 10000000, OFF (vat_franchise_high) },
  { "micro_running_costs", P_NUM, 0, 1000000, OFF (micro_running_costs) },
  { "is_low_rate_pct", P_PCT, 0, 100, OFF (is_low_rate) },
  { "is_low_ceiling", P_NUM, 0, 100000000, OFF (is_low_ceiling) },
  { "is_rate_pct", P_PCT, 0, 100, OFF (is_rate) },
  { "pfu_ir_pct", P_PCT, 0, 100, OFF (pfu_ir_rate) },
  { "dividend_social_pct", P_PCT, 0, 100, OFF (dividend_social_rate) },
  { "dividend_csg_nd_pct", P_PCT, 0, 100, OFF (dividend_csg_nd_rate) },
  { "dividend_abatement_pct", P_PCT, 0, 100, OFF (dividend_abatement_rate) },
  { "dividend_csg_deductible_pct", P_PCT, 0, 100, OFF (dividend_csg_deductible_rate) },
  { "company_running_costs", P_NUM, 0, 1000000, OFF (company_running_costs) },
  { "cfe_exempt_revenue", P_NUM, 0, 1000000, OFF (cfe_exempt_revenue) },
  { "cfe_base_min", P_NUM, 0, 100000, OFF (cfe_base_min) },
  { "cfe_band_1_upto", P_NUM, 0, 100000000, OFF (cfe_band_upto[0]) },
  { "cfe_band_2_upto", P_NUM, 0, 100000000, OFF (cfe_band_upto[1]) },
  { "cfe_band_3_upto", P_NUM, 0, 100000000, OFF (cfe_band_upto[2]) },
  { "cfe_band_4_upto", P_NUM, 0, 100000000, OFF (cfe_band_upto[3]) },
  { "cfe_band_5_upto", P_NUM, 0, 100000000, OFF (cfe_band_upto[4]) },
  { "cfe_band_1_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[0]) },
  { "cfe_band_2_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[1]) },
  { "cfe_band_3_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[2]) },
  { "cfe_band_4_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[3]) },
  { "cfe_band_5_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[4]) },
  { "cfe_band_6_base_max", P_NUM, 0, 100000, OFF (cfe_base_max[5]) },
  { "cfe_default_rate_pct", P_PCT, 0, 100, OFF (cfe_default_rate) },
  { "eurl_capital", P_NUM, 0, 100000000, OFF (eurl_capital) },
  { "tns_dividend_threshold_pct", P_PCT, 0, 100, OFF (tns_dividend_threshold) },
  { "tns_abatement_pct", P_PCT, 0, 100, OFF (tns_abatement_rate) },
  { "tns_abatement_min_pass_pct", P_PCT, 0, 100, OFF (tns_abatement_min_pass) },
  { "tns_abatement_max_pass_pct", P_PCT, 0, 1000, OFF (tns_abatement_max_pass) },
  { "tns_maladie_points", P_TABLE, 0, 0, OFF (tns_maladie_points) },
  { "tns_ij_min_pass_pct", P_PCT, 0, 100, OFF (tns_ij_min_pass) },
  { "tns_ij_pct", P_PCT, 0, 100, OFF (tns_ij_rate) },
  { "tns_ij_max_pass", P_NUM, 0, 100, OFF (tns_ij_max_pass) },
  { "tns_rb_pct", P_PCT, 0, 100, OFF (tns_rb_rate) },
  { "tns_rb_above_pct", P_PCT, 0, 100, OFF (tns_rb_above_rate) },
  { "tns_rb_min_smic_hours", P_NUM, 0, 10000, OFF (tns_rb_min_smic_hours) },
  { "tns_rci_low_max_pass", P_NUM, 0, 100, OFF (tns_rci_low_max_pass) },
  { "tns_rci_max_pass", P_NUM, 0, 100, OFF (tns_rci_max_pass) },
  { "tns_rci_low_pct", P_PCT, 0, 100, OFF (tns_rci_low_rate) },
  { "tns_rci_high_pct", P_PCT, 0, 100, OFF (tns_rci_high_rate) },
  { "tns_id_pct", P_PCT, 0, 100, OFF (tns_id_rate) },
  { "tns_id_min_pss_pct", P_PCT, 0, 100, OFF (tns_id_min_pss) },
  { "tns_af_points", P_TABLE, 0, 0, OFF (tns_af_points) },
  { "tns_csg_deductible_pct", P_PCT, 0, 100, OFF (tns_csg_deductible_rate) },
  { "tns_csg_crds_nd_pct", P_PCT, 0, 100, OFF (tns_csg_crds_nd_rate) },
  { "tns_cfp_pss_pct", P_PCT, 0, 100, OFF (tns_cfp_pss) },
  { "csm_pct", P_PCT, 0, 100, OFF (csm_rate) },
  { "csm_activity_threshold_pass_pct", P_PCT, 0, 1000, OFF (csm_activity_threshold_pass) },
  { "csm_capital_threshold_pass_pct", P_PCT, 0, 1000, OFF (csm_capital_threshold_pass) },
  { "csm_capital_cap_pass", P_NUM, 0, 100, OFF (csm_capital_cap_pass) },
  { "madelin_health_profit_pct", P_PCT, 0, 100, OFF (madelin_health_profit_rate) },
  { "madelin_health_pass_pct", P_PCT, 0, 100, OFF (madelin_health_pass_rate) },
  { "madelin_health_cap_pct", P_PCT, 0, 100, OFF (madelin_health_cap_rate) },
  { "madelin_health_cap_pass", P_NUM, 0, 100, OFF (madelin_health_cap_pass) },
  { "pension_quarter_smic_hours", P_NUM, 1, 10000, OFF (pension_quarter_smic_hours) },
  { "pension_max_quarters", P_NUM, 1, 4, OFF (pension_max_quarters) },
  { "agirc_arrco_t1_points_pct", P_PCT, 0, 100, OFF (agirc_arrco_t1_points_rate) },
  { "agirc_arrco_t2_points_pct", P_PCT, 0, 100, OFF (agirc_arrco_t2_points_rate) },
  { "agirc_arrco_t2_max_pass", P_NUM, 1, 100, OFF (agirc_arrco_t2_max_pass) },
  { "agirc_arrco_point_price", P_NUM, 1, 1000, OFF (agirc_arrco_point_price) },
  { "agirc_arrco_point_value", P_NUM, 0.01, 100, OFF (agirc_arrco_point_value) },
  { "rci_point_price", P_NUM, 1, 1000, OFF (rci_point_price) },
  { "rci_point_value", P_NUM, 0.01, 100, OFF (rci_point_value) },
  { "micro_rci_share_pct", P_PCT, 0, 100, OFF (micro_rci_share) },
  { "are_fixed_part", P_NUM, 0, 1000, OFF (are_fixed_part) },
  { "are_low_pct", P_PCT, 0, 100, OFF (are_low_rate) },
  { "are_high_pct", P_PCT, 0, 100, OFF (are_high_rate) },
  { "are_cap_sjr_pct", P_PCT, 0, 100, OFF (are_cap_sjr_rate) },
  { "are_minimum", P_NUM, 0, 1000, OFF (are_minimum) },
  { "are_duration_coefficient_pct", P_PCT, 1, 100, OFF (are_duration_coefficient) },
  { "are_min_days", P_NUM, 0, 2000, OFF (are_min_days) },
  { "are_max_days", P_NUM, 1, 2000, OFF (are_max_days) },
  { "are_degressive_threshold", P_NUM, 0, 10000, OFF (are_degressive_threshold) },
  { "are_degressive_pct", P_PCT, 0, 100, OFF (are_degressive_rate) },
  { "are_degressive_from_day", P_NUM, 1, 2000, OFF (are_degressive_from_day) },
  { "arce_pct", P_PCT, 0, 100, OFF (arce_rate) },
  { "ijss_pct", P_PCT, 0, 100, OFF (ijss_rate) },
  { "ijss_cap_smic", P_NUM, 0, 100, OFF (ijss_cap_smic) },
  { "ijss_divisor_days", P_NUM, 1, 366, OFF (ijss_divisor_days) },
  { "ijss_waiting_days", P_NUM, 0, 30, OFF (ijss_waiting_days) },
  { "ijss_min_smic_hours_6m", P_NUM, 0, 10000, OFF (ijss_min_smic_hours_6m) },
  { "ij_csg_crds_pct", P_PCT, 0, 100, OFF (ij_csg_crds_rate) },
  { "sick_maintien_pct", P_PCT, 0, 100, OFF (sick_maintien_rate) },
  { "sick_maintien_waiting_days", P_NUM, 0, 30, OFF (sick_maintien_waiting_days) },
  { "sick_maintien_second_pct", P_PCT, 0, 100, OFF (sick_maintien_second_rate) },
  { "sick_maintien_period_days", P_NUM, 0, 366, OFF (sick_maintien_period_days) },
  { "ij_max_days", P_NUM, 0, 3660, OFF (ij_max_days) },
  { "tns_ij_divisor_days", P_NUM, 1, 3660, OFF (tns_ij_divisor_days) },
  { "tns_ij_threshold_pass_pct", P_PCT, 0, 100, OFF (tns_ij_threshold_pass) },
};

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
check_table (cJSON      *value,
             const char *origin,
             const char *key,
             GError    **error)
{
  cJSON *row;
  double prev = -1;
  int n = 0;

  if (!cJSON_IsArray (value) || cJSON_GetArraySize (value) == 0
      || cJSON_GetArraySize (value) > PS_MAX_BRACKETS)
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                     _("expected a list of brackets {\"upto\": …, \"pct\": …}"));
  cJSON_ArrayForEach (row, value)
    {
      cJSON *upto = cJSON_GetObjectItemCaseSensitive (row, "upto");
      cJSON *pct = cJSON_GetObjectItemCaseSensitive (row, "pct");
      gboolean last = ++n == cJSON_GetArraySize (value);

      if (!cJSON_IsNumber (pct) || pct->valuedouble < 0 || pct->valuedouble > 100)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("each bracket needs a “pct” between 0 and 100"));
      if (last && cJSON_IsNull (upto))
        continue;
      if (!cJSON_IsNumber (upto) || upto->valuedouble <= prev)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("bracket bounds “upto” must increase (the last may be null)"));
      prev = upto->valuedouble;
    }
  return TRUE;
}

static gboolean
check_number_value (cJSON            *value,
                    const ParamSpec  *spec,
                    const char       *origin,
                    GError          **error)
{
  if (spec->type == P_TABLE)
    return check_table (value, origin, spec->key, error);
  if (!cJSON_IsNumber (value) || !isfinite (value->valuedouble))
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, _("expected a number"));
  if (value->valuedouble < spec->min || value->valuedouble > spec->max)
    {
      g_autofree char *what = g_strdup_printf (_("%g is outside the accepted range %g–%g"),
                                               value->valuedouble, spec->min, spec->max);
      return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, what);
    }
  return TRUE;
}

static gboolean
check_param (cJSON           *params,
             const ParamSpec *spec,
             const char      *origin,
             PsDate           effective,
             GError         **error)
{
  cJSON *item = cJSON_GetObjectItemCaseSensitive (params, spec->key);
  cJSON *values, *v;

  if (item == NULL)
    return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, spec->key, _("missing"));
  if (!cJSON_IsObject (item))
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, _("expected an object"));
  if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (item, "source")))
    return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, spec->key,
                     _("every parameter needs a “source”"));
  {
    static const char * const param_keys[] = { "from", "value", "values", "source", "label", "label_en", "unit", NULL };

    if (!check_known_keys (item, param_keys, origin, spec->key, error)
        || !check_optional_string (item, "label", origin, spec->key, error)
        || !check_optional_string (item, "label_en", origin, spec->key, error)
        || !check_optional_string (item, "unit", origin, spec->key, error))
      return FALSE;
    if (cJSON_GetObjectItemCaseSensitive (item, "value") != NULL
        && cJSON_GetObjectItemCaseSensitive (item, "values") != NULL)
      return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key,
                       _("give “value” or “values”, not both"));
  }
  if (!check_dated (item, FALSE, origin, spec->key, effective, error))
    return FALSE;
  if (cJSON_GetObjectItemCaseSensitive (item, "value") != NULL)
    return check_number_value (cJSON_GetObjectItemCaseSensitive (item, "value"), spec, origin, error);
  values = cJSON_GetObjectItemCaseSensitive (item, "values");
  cJSON_ArrayForEach (v, values)
    if (!check_number_value (cJSON_GetObjectItemCaseSensitive (v, "value"), spec, origin, error))
      return FALSE;
  return TRUE;
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
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("expected a rate in % or profile:atmp, profile:vm, profile:health"));
      return TRUE;
    }
  if (cJSON_IsNumber (spec))
    {
      if (spec->valuedouble < 0 || spec->valuedouble > 100)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("a rate must be between 0 and 100 %"));
      return TRUE;
    }
  if (!check_dated (spec, FALSE, origin, key, effective, error))
    return FALSE;
  if (cJSON_IsObject (spec) && cJSON_GetObjectItemCaseSensitive (spec, "value") != NULL)
    {
      static const char * const dated_keys[] = { "from", "value", NULL };
      cJSON *val = cJSON_GetObjectItemCaseSensitive (spec, "value");

      if (!check_known_keys (spec, dated_keys, origin, key, error))
        return FALSE;
      if (!cJSON_IsNumber (val) || val->valuedouble < 0 || val->valuedouble > 100)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("a rate must be between 0 and 100 %"));
      return TRUE;
    }
  if (cJSON_IsObject (spec))
    {
      static const char * const list_keys[] = { "values", NULL };

      if (!check_known_keys (spec, list_keys, origin, key, error))
        return FALSE;
    }
  values = cJSON_IsArray (spec) ? spec : cJSON_GetObjectItemCaseSensitive (spec, "values");
  cJSON_ArrayForEach (v, values)
    {
      cJSON *val = cJSON_GetObjectItemCaseSensitive (v, "value");
      if (!cJSON_IsNumber (val) || val->valuedouble < 0 || val->valuedouble > 100)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("a rate must be between 0 and 100 %"));
    }
  return TRUE;
}

static gboolean
check_contributions (cJSON      *list,
                     const char *origin,
                     PsDate      effective,
                     GError    **error)
{
  cJSON *c;

  if (!cJSON_IsArray (list) || cJSON_GetArraySize (list) == 0)
    return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "contributions",
                     _("expected a list of contributions"));
  if (cJSON_GetArraySize (list) > PS_MAX_CONTRIBUTIONS)
    return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "contributions",
                     _("too many contributions"));

  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  cJSON_ArrayForEach (c, list)
    {
      static const char * const contribution_keys[] = {
        "id", "label", "source", "from", "until", "base", "branch", "employee", "employer",
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
        return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "contributions",
                         _("each contribution needs an “id”"));
      idstr = id->valuestring;
      key = g_strdup_printf ("contributions.%s", idstr);
      if (!g_hash_table_add (ids, (gpointer) idstr))
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("this contribution id appears twice"));
      if (!check_known_keys (c, contribution_keys, origin, key, error))
        return FALSE;
      {
        cJSON *until = cJSON_GetObjectItemCaseSensitive (c, "until");
        cJSON *when = cJSON_GetObjectItemCaseSensitive (c, "when");
        cJSON *nd = cJSON_GetObjectItemCaseSensitive (c, "not_deductible");
        cJSON *w;
        PsDate end;

        if (until != NULL && (!cJSON_IsString (until) || !ps_date_parse (until->valuestring, &end, NULL)))
          return fail_key (error, PS_RATES_ERROR_DATE, origin, key,
                           _("“until” must be a date (YYYY-MM-DD)"));
        if (nd != NULL && !cJSON_IsBool (nd))
          return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                           _("“not_deductible” must be true or false"));
        if (when != NULL && !cJSON_IsObject (when))
          return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                           _("“when” must be an object"));
        if (when != NULL)
          {
            g_autofree char *wkey = g_strdup_printf ("%s.when", key);

            if (!check_known_keys (when, when_keys, origin, wkey, error))
              return FALSE;
            cJSON_ArrayForEach (w, when)
              {
                gboolean is_count = g_str_has_prefix (w->string, "headcount_");

                if (is_count ? !(cJSON_IsNumber (w) && w->valuedouble >= 0 && w->valuedouble <= 1e9
                                 && w->valuedouble == (double) (int) w->valuedouble)
                             : !cJSON_IsBool (w))
                  return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, wkey,
                                   is_count ? _("a headcount must be a whole number")
                                            : _("expected true or false"));
              }
          }
      }
      if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (c, "label")))
        return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key, _("missing “label”"));
      if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (c, "source")))
        return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key, _("missing “source”"));
      if (!parse_from (c, &from, origin, key, error))
        return FALSE;
      if (!cJSON_IsString (base) || name_index (base->valuestring, base_names, G_N_ELEMENTS (base_names)) < 0)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("“base” must be one of gross, t1, t1_gross, t2, cap4, cap8, csg, welfare, health"));
      if (!cJSON_IsString (branch) || name_index (branch->valuestring, branch_names, G_N_ELEMENTS (branch_names)) < 0)
        return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                         _("“branch” must be one of health, atmp, pension, family, unemployment, csg, other, welfare"));
      if (cJSON_GetObjectItemCaseSensitive (c, "employee") == NULL
          && cJSON_GetObjectItemCaseSensitive (c, "employer") == NULL)
        return fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, key,
                         _("needs an “employee” or an “employer” rate"));
      if (!check_rate (c, "employee", origin, idstr, effective, error)
          || !check_rate (c, "employer", origin, idstr, effective, error)
          || !check_rate (c, "reduced_employer", origin, idstr, effective, error))
        return FALSE;
      if (cJSON_GetObjectItemCaseSensitive (c, "reduced_employer") != NULL)
        {
          cJSON *max = cJSON_GetObjectItemCaseSensitive (c, "reduced_max_smic");

          if (!cJSON_IsNumber (max) || max->valuedouble <= 0 || max->valuedouble > 10)
            return fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                             _("“reduced_employer” needs “reduced_max_smic”, a number of SMIC between 0 and 10"));
        }
    }
  return TRUE;
}

/* Every dated value takes effect within the file's period: a "from"
 * after "until" would never apply (and a contribution dated so would
 * silently vanish). @path names the key in the message. */
static gboolean
check_from_dates (cJSON      *node,
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
        return fail_key (error, PS_RATES_ERROR_DATE, origin, path,
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
      if (!check_from_dates (child, until, origin, sub, error))
        return FALSE;
    }
  return TRUE;
}

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
    if (!check_known_keys (root, top_keys, origin, NULL, error))
      return NULL;
  }

  format = cJSON_GetObjectItemCaseSensitive (root, "format");
  if (!cJSON_IsNumber (format) || format->valuedouble != 1.0)
    {
      fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "format",
                _("unsupported format (this version reads format 1)"));
      return NULL;
    }
  year = cJSON_GetObjectItemCaseSensitive (root, "year");
  if (!cJSON_IsNumber (year) || year->valuedouble < 2000 || year->valuedouble > 2999
      || year->valuedouble != (double) year->valueint)
    {
      fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "year", _("expected a year such as 2026"));
      return NULL;
    }
  effective = cJSON_GetObjectItemCaseSensitive (root, "effective");
  until = cJSON_GetObjectItemCaseSensitive (root, "until");
  if (!cJSON_IsString (effective) || !ps_date_parse (effective->valuestring, &eff, NULL))
    {
      fail_key (error, PS_RATES_ERROR_DATE, origin, "effective", _("expected a date (YYYY-MM-DD)"));
      return NULL;
    }
  if (!cJSON_IsString (until) || !ps_date_parse (until->valuestring, &unt, NULL))
    {
      fail_key (error, PS_RATES_ERROR_DATE, origin, "until", _("expected a date (YYYY-MM-DD)"));
      return NULL;
    }
  if (unt < eff)
    {
      fail_key (error, PS_RATES_ERROR_DATE, origin, "until", _("must not be before “effective”"));
      return NULL;
    }
  if (PS_DATE_YEAR (eff) != year->valueint)
    {
      fail_key (error, PS_RATES_ERROR_DATE, origin, "year", _("must be the year of “effective”"));
      return NULL;
    }

  params = cJSON_GetObjectItemCaseSensitive (root, "params");
  if (!cJSON_IsObject (params))
    {
      fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, "params", _("missing"));
      return NULL;
    }
  {
    cJSON *item;

    /* every key is one the engine reads: the listing and the export walk
     * them all, and a misspelt key would otherwise be silently ignored */
    cJSON_ArrayForEach (item, params)
      {
        gboolean known = FALSE;

        for (guint i = 0; i < G_N_ELEMENTS (param_specs) && !known; i++)
          known = g_strcmp0 (item->string, param_specs[i].key) == 0;
        if (!known)
          {
            g_autofree char *key = g_strdup_printf ("params.%s", item->string ? item->string : "");

            fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("unknown parameter"));
            return NULL;
          }
      }
  }
  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    if (!check_param (params, &param_specs[i], origin, eff, error))
      return NULL;
  {
    cJSON *description = cJSON_GetObjectItemCaseSensitive (root, "description");

    if (description != NULL && !cJSON_IsString (description))
      {
        fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, "description", _("expected a text"));
        return NULL;
      }
  }
  if (!check_contributions (cJSON_GetObjectItemCaseSensitive (root, "contributions"),
                            origin, eff, error))
    return NULL;
  if (!check_from_dates (params, unt, origin, "params", error)
      || !check_from_dates (cJSON_GetObjectItemCaseSensitive (root, "contributions"), unt, origin,
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
  for (guint i = 0; i < N_CACHE; i++)
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

static double
rate_at (cJSON  *spec,
         PsDate  date)
{
  cJSON *v = dated_lookup (spec, date);

  return cJSON_IsNumber (v) ? v->valuedouble / 100.0 : 0.0;
}

static int
fill_table (cJSON     *value,
            PsBracket *out)
{
  cJSON *row;
  int n = 0;

  cJSON_ArrayForEach (row, value)
    {
      cJSON *upto = cJSON_GetObjectItemCaseSensitive (row, "upto");

      out[n].upper = cJSON_IsNumber (upto) ? upto->valuedouble : G_MAXDOUBLE;
      out[n].rate = cJSON_GetObjectItemCaseSensitive (row, "pct")->valuedouble / 100.0;
      n++;
    }
  return n;
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

static void
resolve_into (PsRates  *self,
              PsDate    date,
              PsParams *p)
{
  cJSON *c;

  memset (p, 0, sizeof *p);
  p->date = date;
  p->year = self->year;

  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    {
      const ParamSpec *spec = &param_specs[i];
      cJSON *v = dated_lookup (cJSON_GetObjectItemCaseSensitive (self->params, spec->key), date);

      if (spec->type == P_TABLE)
        {
          int n = fill_table (v, G_STRUCT_MEMBER_P (p, spec->offset));

          if (spec->offset == OFF (ir_brackets))
            p->n_ir_brackets = n;
          else if (spec->offset == OFF (cehr_single))
            p->n_cehr_single = n;
          else if (spec->offset == OFF (cehr_couple))
            p->n_cehr_couple = n;
          else if (spec->offset == OFF (tns_maladie_points))
            p->n_tns_maladie_points = n;
          else if (spec->offset == OFF (tns_af_points))
            p->n_tns_af_points = n;
          else
            p->n_pas_grid = n;
        }
      else if (spec->type == P_INT)
        G_STRUCT_MEMBER (int, p, spec->offset) = v->valueint;
      else
        G_STRUCT_MEMBER (double, p, spec->offset) =
          spec->type == P_PCT ? v->valuedouble / 100.0 : v->valuedouble;
    }

  {
    cJSON *smic = dated_lookup (cJSON_GetObjectItemCaseSensitive (self->params, "smic_hourly"), self->effective);
    p->smic_hourly_year_start = smic->valuedouble;
  }

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

  for (guint i = 0; i < N_CACHE; i++)
    if (self->cache[i] != NULL && self->cache[i]->date == date)
      return self->cache[i];

  p = g_new (PsParams, 1);
  resolve_into (self, date, p);
  g_free (self->cache[self->cache_next]);
  self->cache[self->cache_next] = p;
  self->cache_next = (self->cache_next + 1) % N_CACHE;
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
      cJSON *v = dated_lookup (item, date);
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
          cJSON *v = spec ? dated_lookup (spec, date) : NULL;
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
