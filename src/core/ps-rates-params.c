/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "params" of a rates file: their schema (key, kind, accepted range
 * and field of PsParams, grouped by rule family), their checks, and their
 * values on a date. A new parameter is one row of param_specs, its field
 * in PsParams (ps-rates.h) and its entry in data/rates/<year>.json. */
#define G_LOG_DOMAIN "ps-rates"

#include "config.h"

#include <cJSON.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-rates-private.h"

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
  /* payroll: ceilings, SMIC, contribution bases, general reduction */
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

  /* income tax: brackets, CEHR, quotient familial, décote, PAS grid */
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

  /* portage salarial and CDI (convention collective, fees) */
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

  /* versement mobilité of the cities offers can name */
  { "vm_paris_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_PARIS]) },
  { "vm_lyon_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_LYON]) },
  { "vm_marseille_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_MARSEILLE]) },
  { "vm_bordeaux_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_BORDEAUX]) },
  { "vm_lille_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_LILLE]) },
  { "vm_nice_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_NICE]) },
  { "vm_rennes_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_RENNES]) },
  { "vm_strasbourg_pct", P_PCT, 0, 5, OFF (vm_city_rate[PS_VM_STRASBOURG]) },

  /* allowances, employee savings, PER, mileage */
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

  /* micro-entreprise, ACRE, VAT franchise */
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

  /* companies: IS, dividends, CFE, EURL */
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

  /* TNS (reformed assiette), CSM, Madelin */
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

  /* pension: quarters, Agirc-Arrco and RCI points */
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

  /* unemployment: ARE, ARCE */
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

  /* sick pay: IJSS, maintien de salaire, TNS IJ */
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
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                               _("expected a list of brackets {\"upto\": …, \"pct\": …}"));
  cJSON_ArrayForEach (row, value)
    {
      cJSON *upto = cJSON_GetObjectItemCaseSensitive (row, "upto");
      cJSON *pct = cJSON_GetObjectItemCaseSensitive (row, "pct");
      gboolean last = ++n == cJSON_GetArraySize (value);

      if (!cJSON_IsNumber (pct) || pct->valuedouble < 0 || pct->valuedouble > 100)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
                                   _("each bracket needs a “pct” between 0 and 100"));
      if (last && cJSON_IsNull (upto))
        continue;
      if (!cJSON_IsNumber (upto) || upto->valuedouble <= prev)
        return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key,
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
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, _("expected a number"));
  if (value->valuedouble < spec->min || value->valuedouble > spec->max)
    {
      g_autofree char *what = g_strdup_printf (_("%g is outside the accepted range %g–%g"),
                                               value->valuedouble, spec->min, spec->max);
      return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, what);
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
    return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, spec->key, _("missing"));
  if (!cJSON_IsObject (item))
    return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key, _("expected an object"));
  if (!cJSON_IsString (cJSON_GetObjectItemCaseSensitive (item, "source")))
    return _ps_rates_fail_key (error, PS_RATES_ERROR_MISSING_KEY, origin, spec->key,
                               _("every parameter needs a “source”"));
  {
    static const char * const param_keys[] = { "from", "value", "values", "source", "label", "label_en", "unit", NULL };

    if (!_ps_rates_check_known_keys (item, param_keys, origin, spec->key, error)
        || !_ps_rates_check_optional_string (item, "label", origin, spec->key, error)
        || !_ps_rates_check_optional_string (item, "label_en", origin, spec->key, error)
        || !_ps_rates_check_optional_string (item, "unit", origin, spec->key, error))
      return FALSE;
    if (cJSON_GetObjectItemCaseSensitive (item, "value") != NULL
        && cJSON_GetObjectItemCaseSensitive (item, "values") != NULL)
      return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, spec->key,
                                 _("give “value” or “values”, not both"));
  }
  if (!_ps_rates_check_dated (item, FALSE, origin, spec->key, effective, error))
    return FALSE;
  if (cJSON_GetObjectItemCaseSensitive (item, "value") != NULL)
    return check_number_value (cJSON_GetObjectItemCaseSensitive (item, "value"), spec, origin, error);
  values = cJSON_GetObjectItemCaseSensitive (item, "values");
  cJSON_ArrayForEach (v, values)
    if (!check_number_value (cJSON_GetObjectItemCaseSensitive (v, "value"), spec, origin, error))
      return FALSE;
  return TRUE;
}

/* Every key of "params" is one the engine reads (the listing and the export
 * walk them all, and a misspelt key would otherwise be silently ignored),
 * and every parameter is there, with a "source" and values in range. */
gboolean
_ps_rates_check_params (cJSON      *params,
                        const char *origin,
                        PsDate      effective,
                        GError    **error)
{
  cJSON *item;

  cJSON_ArrayForEach (item, params)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (param_specs) && !known; i++)
        known = g_strcmp0 (item->string, param_specs[i].key) == 0;
      if (!known)
        {
          g_autofree char *key = g_strdup_printf ("params.%s", item->string ? item->string : "");

          return _ps_rates_fail_key (error, PS_RATES_ERROR_BAD_VALUE, origin, key, _("unknown parameter"));
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    if (!check_param (params, &param_specs[i], origin, effective, error))
      return FALSE;
  return TRUE;
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

/* Fills the parameters of @p (a zeroed PsParams) in force on @date. */
void
_ps_rates_resolve_params (PsRates  *self,
                          PsDate    date,
                          PsParams *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (param_specs); i++)
    {
      const ParamSpec *spec = &param_specs[i];
      cJSON *v = _ps_rates_dated_lookup (cJSON_GetObjectItemCaseSensitive (self->params, spec->key), date);

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
    cJSON *smic = _ps_rates_dated_lookup (cJSON_GetObjectItemCaseSensitive (self->params, "smic_hourly"), self->effective);
    p->smic_hourly_year_start = smic->valuedouble;
  }
}
