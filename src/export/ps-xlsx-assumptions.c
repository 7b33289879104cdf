/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The assumptions sheet: every parameter and contribution rate in force on
 * the simulation date, with its effective date and source. Its cells are
 * what the formulas of the status sheets read. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-xlsx-private.h"

typedef enum
{
  K_EURO,
  K_PCT,    /* stored as a fraction in PsParams, shown as a percentage */
  K_NUM,
  K_COEF,   /* a coefficient with 4 decimals */
  K_KIND,   /* reduction_kind, an int */
  K_INT,    /* an int */
  K_TABLE,
} Kind;

/* The parameters the formulas use, by their key in the rates file; the
 * key is also the cell's name in the workbook. Keys not listed here (a
 * newer rates file) are shown as the file writes them. */
static const struct
{
  const char *key;
  gsize       offset;
  Kind        kind;
} param_cells[] = {
#define OFF(field) G_STRUCT_OFFSET (PsParams, field)
  { "pss_monthly", OFF (pss_monthly), K_EURO },
  { "pss_annual", OFF (pss_annual), K_EURO },
  { "smic_hourly", OFF (smic_hourly), K_EURO },
  { "smic_monthly_hours", OFF (smic_monthly_hours), K_NUM },
  { "cdi_floor_cadre_monthly", OFF (cdi_floor_cadre_monthly), K_EURO },
  { "atmp_min_pct", OFF (atmp_min_rate), K_PCT },
  { "csg_base_pct", OFF (csg_base_rate), K_PCT },
  { "csg_abatement_ceiling_pmss", OFF (csg_abatement_pmss), K_NUM },
  { "welfare_exempt_pss_pct", OFF (welfare_exempt_pss), K_PCT },
  { "welfare_exempt_gross_pct", OFF (welfare_exempt_gross), K_PCT },
  { "welfare_exempt_cap_pss_pct", OFF (welfare_exempt_cap), K_PCT },
  { "employee_welfare_exempt_pss_pct", OFF (employee_welfare_exempt_pss), K_PCT },
  { "employee_welfare_exempt_gross_pct", OFF (employee_welfare_exempt_gross), K_PCT },
  { "employee_welfare_exempt_cap_pss_pct", OFF (employee_welfare_exempt_cap), K_PCT },
  { "reduction_kind", OFF (reduction_kind), K_KIND },
  { "reduction_smic_factor", OFF (reduction_smic_factor), K_NUM },
  { "reduction_tmin", OFF (reduction_tmin), K_COEF },
  { "reduction_tdelta_lt50", OFF (reduction_tdelta_lt50), K_COEF },
  { "reduction_tdelta_ge50", OFF (reduction_tdelta_ge50), K_COEF },
  { "reduction_p", OFF (reduction_p), K_NUM },
  { "reduction_t_lt50", OFF (reduction_t_lt50), K_COEF },
  { "reduction_t_ge50", OFF (reduction_t_ge50), K_COEF },
  { "ir_brackets", OFF (ir_brackets), K_TABLE },
  { "cehr_single", OFF (cehr_single), K_TABLE },
  { "cehr_couple", OFF (cehr_couple), K_TABLE },
  { "pas_neutral_grid", OFF (pas_grid), K_TABLE },
  { "qf_cap_half_part", OFF (qf_cap_half_part), K_EURO },
  { "decote_single", OFF (decote_single), K_EURO },
  { "decote_couple", OFF (decote_couple), K_EURO },
  { "decote_pct", OFF (decote_rate), K_PCT },
  { "deduction_pct", OFF (deduction_rate), K_PCT },
  { "deduction_min", OFF (deduction_min), K_EURO },
  { "deduction_max", OFF (deduction_max), K_EURO },
  { "portage_iaa_pct", OFF (portage_iaa_rate), K_PCT },
  { "portage_paid_leave_pct", OFF (portage_paid_leave_rate), K_PCT },
  { "portage_reserve_pct", OFF (portage_reserve_rate), K_PCT },
  { "portage_pss_2017_monthly", OFF (portage_pss_2017_monthly), K_EURO },
  { "portage_level_first_pct", OFF (portage_level_rate[PS_LEVEL_FIRST]), K_PCT },
  { "portage_level_junior_pct", OFF (portage_level_rate[PS_LEVEL_JUNIOR]), K_PCT },
  { "portage_level_senior_pct", OFF (portage_level_rate[PS_LEVEL_SENIOR]), K_PCT },
  { "portage_level_expert_pct", OFF (portage_level_rate[PS_LEVEL_EXPERT]), K_PCT },
  { "portage_forfait_days", OFF (portage_forfait_days), K_NUM },
  { "portage_expenses_cap_pct", OFF (portage_expenses_cap_rate), K_PCT },
  { "portage_default_fee_pct", OFF (default_fee_rate), K_PCT },
  { "esn_margin_pct", OFF (esn_margin_rate), K_PCT },
  /* micro-entreprise */
  { "micro_bnc_pct", OFF (micro_bnc_rate), K_PCT },
  { "micro_cfp_pct", OFF (micro_cfp_rate), K_PCT },
  { "micro_abatement_pct", OFF (micro_abatement_rate), K_PCT },
  { "micro_abatement_min", OFF (micro_abatement_min), K_EURO },
  { "micro_vl_pct", OFF (micro_vl_rate), K_PCT },
  { "micro_vl_rfr_limit_per_part", OFF (micro_vl_rfr_limit_per_part), K_EURO },
  { "micro_acre_pct", OFF (micro_acre_share), K_PCT },
  { "micro_acre_decimals", OFF (micro_acre_decimals), K_INT },
  { "micro_threshold", OFF (micro_threshold), K_EURO },
  { "vat_franchise", OFF (vat_franchise), K_EURO },
  { "vat_franchise_high", OFF (vat_franchise_high), K_EURO },
  /* companies, dividends */
  { "is_low_rate_pct", OFF (is_low_rate), K_PCT },
  { "is_low_ceiling", OFF (is_low_ceiling), K_EURO },
  { "is_rate_pct", OFF (is_rate), K_PCT },
  { "pfu_ir_pct", OFF (pfu_ir_rate), K_PCT },
  { "dividend_social_pct", OFF (dividend_social_rate), K_PCT },
  { "dividend_abatement_pct", OFF (dividend_abatement_rate), K_PCT },
  { "dividend_csg_deductible_pct", OFF (dividend_csg_deductible_rate), K_PCT },
  { "tns_dividend_threshold_pct", OFF (tns_dividend_threshold), K_PCT },
  /* travailleur non salarié (SSI) */
  { "tns_abatement_pct", OFF (tns_abatement_rate), K_PCT },
  { "tns_abatement_min_pass_pct", OFF (tns_abatement_min_pass), K_PCT },
  { "tns_abatement_max_pass_pct", OFF (tns_abatement_max_pass), K_PCT },
  { "tns_maladie_points", OFF (tns_maladie_points), K_TABLE },
  { "tns_ij_min_pass_pct", OFF (tns_ij_min_pass), K_PCT },
  { "tns_ij_pct", OFF (tns_ij_rate), K_PCT },
  { "tns_ij_max_pass", OFF (tns_ij_max_pass), K_NUM },
  { "tns_rb_pct", OFF (tns_rb_rate), K_PCT },
  { "tns_rb_above_pct", OFF (tns_rb_above_rate), K_PCT },
  { "tns_rb_min_smic_hours", OFF (tns_rb_min_smic_hours), K_NUM },
  { "tns_rci_low_max_pass", OFF (tns_rci_low_max_pass), K_NUM },
  { "tns_rci_max_pass", OFF (tns_rci_max_pass), K_NUM },
  { "tns_rci_low_pct", OFF (tns_rci_low_rate), K_PCT },
  { "tns_rci_high_pct", OFF (tns_rci_high_rate), K_PCT },
  { "tns_id_pct", OFF (tns_id_rate), K_PCT },
  { "tns_id_min_pss_pct", OFF (tns_id_min_pss), K_PCT },
  { "tns_af_points", OFF (tns_af_points), K_TABLE },
  { "tns_csg_deductible_pct", OFF (tns_csg_deductible_rate), K_PCT },
  { "tns_csg_crds_nd_pct", OFF (tns_csg_crds_nd_rate), K_PCT },
  { "tns_cfp_pss_pct", OFF (tns_cfp_pss), K_PCT },
  /* cotisation subsidiaire maladie */
  { "csm_pct", OFF (csm_rate), K_PCT },
  { "csm_activity_threshold_pass_pct", OFF (csm_activity_threshold_pass), K_PCT },
  { "csm_capital_threshold_pass_pct", OFF (csm_capital_threshold_pass), K_PCT },
  { "csm_capital_cap_pass", OFF (csm_capital_cap_pass), K_NUM },
  { "madelin_health_profit_pct", OFF (madelin_health_profit_rate), K_PCT },
  { "madelin_health_pass_pct", OFF (madelin_health_pass_rate), K_PCT },
  { "madelin_health_cap_pct", OFF (madelin_health_cap_rate), K_PCT },
  { "madelin_health_cap_pass", OFF (madelin_health_cap_pass), K_NUM },
  /* rights: pension, unemployment, sick pay (the Protection sheet) */
  { "pension_quarter_smic_hours", OFF (pension_quarter_smic_hours), K_NUM },
  { "pension_max_quarters", OFF (pension_max_quarters), K_NUM },
  { "agirc_arrco_t1_points_pct", OFF (agirc_arrco_t1_points_rate), K_PCT },
  { "agirc_arrco_t2_points_pct", OFF (agirc_arrco_t2_points_rate), K_PCT },
  { "agirc_arrco_t2_max_pass", OFF (agirc_arrco_t2_max_pass), K_NUM },
  { "agirc_arrco_point_price", OFF (agirc_arrco_point_price), K_COEF },
  { "agirc_arrco_point_value", OFF (agirc_arrco_point_value), K_COEF },
  { "rci_point_price", OFF (rci_point_price), K_COEF },
  { "rci_point_value", OFF (rci_point_value), K_COEF },
  { "micro_rci_share_pct", OFF (micro_rci_share), K_PCT },
  { "are_fixed_part", OFF (are_fixed_part), K_EURO },
  { "are_low_pct", OFF (are_low_rate), K_PCT },
  { "are_high_pct", OFF (are_high_rate), K_PCT },
  { "are_cap_sjr_pct", OFF (are_cap_sjr_rate), K_PCT },
  { "are_minimum", OFF (are_minimum), K_EURO },
  { "are_duration_coefficient_pct", OFF (are_duration_coefficient), K_PCT },
  { "are_min_days", OFF (are_min_days), K_NUM },
  { "are_max_days", OFF (are_max_days), K_NUM },
  { "are_degressive_threshold", OFF (are_degressive_threshold), K_EURO },
  { "are_degressive_pct", OFF (are_degressive_rate), K_PCT },
  { "are_degressive_from_day", OFF (are_degressive_from_day), K_NUM },
  { "arce_pct", OFF (arce_rate), K_PCT },
  { "ijss_pct", OFF (ijss_rate), K_PCT },
  { "ijss_cap_smic", OFF (ijss_cap_smic), K_NUM },
  { "ijss_divisor_days", OFF (ijss_divisor_days), K_NUM },
  { "ijss_waiting_days", OFF (ijss_waiting_days), K_NUM },
  { "ijss_min_smic_hours_6m", OFF (ijss_min_smic_hours_6m), K_NUM },
  { "ij_csg_crds_pct", OFF (ij_csg_crds_rate), K_PCT },
  { "sick_maintien_pct", OFF (sick_maintien_rate), K_PCT },
  { "sick_maintien_waiting_days", OFF (sick_maintien_waiting_days), K_NUM },
  { "tns_ij_divisor_days", OFF (tns_ij_divisor_days), K_NUM },
  { "tns_ij_threshold_pass_pct", OFF (tns_ij_threshold_pass), K_PCT },
#undef OFF
};

/* Columns */
enum
{
  COL_LABEL,
  COL_EMPLOYEE,      /* also a parameter's value */
  COL_EMPLOYER,
  COL_REDUCED,
  COL_BASE,
  COL_CONDITIONS,
  COL_FROM,
  COL_SOURCE,
  COL_KEY,
  N_COLS
};

#define SOURCE_WIDTH     70
#define CONDITIONS_WIDTH 34
#define LABEL_WIDTH      62
/* A parameter's source spans the columns from the reduced rate to the
 * contributions' source (their narrowest widths), next to its date. */
#define PARAM_SOURCE_FIRST COL_REDUCED
#define PARAM_SOURCE_WIDTH (13 + 24 + CONDITIONS_WIDTH + 13 + SOURCE_WIDTH)

/* Viewers don't grow a row for its wrapped text: give it the height of
 * its longest text, wrapped at the column's width. */
static int
lines_of (const char *text,
          double      width)
{
  return text != NULL ? ps_text_lines (ps_text_width (text, FALSE), width) : 1;
}

static void
fit_row (PsSheet    *s,
         int         row,
         const char *label,
         const char *a,
         int         a_width,
         const char *b,
         int         b_width)
{
  int lines = 1;

  lines = MAX (lines, lines_of (label, LABEL_WIDTH));
  lines = MAX (lines, lines_of (a, a_width));
  if (b != NULL)
    lines = MAX (lines, lines_of (b, b_width));
  if (lines > 1)
    worksheet_set_row (s->ws, row, 13.0 * lines, NULL);
}

/* A source as the reader can look it up: the law, and the official
 * simulator by its name (not the files and versions of its code). */
static char *
clean_source (const char *source)
{
  static GRegex *tool = NULL;

  if (g_once_init_enter (&tool))
    g_once_init_leave (&tool, g_regex_new ("mon-entreprise modele-social [0-9.]+(, [^;]*)?", 0, 0, NULL));
  return g_regex_replace_literal (tool, source != NULL ? source : "", -1, 0,
                                  _("the official URSSAF simulator (mon-entreprise.urssaf.fr)"), 0, NULL);
}

/* A parameter no formula reads: a number with its unit, from its key. */
static void
write_unread (PsXlsx           *x,
              int               row,
              const PsRateInfo *info)
{
  PsSheet *s = x->assumptions;
  char *end = NULL;
  double v = g_ascii_strtod (info->value_text, &end);

  if (end == info->value_text || *end != '\0')
    ps_sheet_string (s, row, COL_EMPLOYEE, info->value_text, x->fmt.number);
  else if (g_str_has_suffix (info->key, "_pct"))
    ps_sheet_number (s, row, COL_EMPLOYEE, v / 100, x->fmt.rate);
  else if (strstr (info->key, "multiple") != NULL)
    ps_sheet_number (s, row, COL_EMPLOYEE, v, x->fmt.number);
  else if (fabs (v * 100 - round (v * 100)) > 1e-9)
    ps_sheet_number (s, row, COL_EMPLOYEE, v, x->fmt.money3);
  else
    ps_sheet_number (s, row, COL_EMPLOYEE, v, x->fmt.money);
}

static const char *
base_label (PsBase base)
{
  switch (base)
    {
    case PS_BASE_GROSS: return _("Whole assessment base");
    case PS_BASE_T1: return _("Tranche 1 (up to 1 PMSS)");
    case PS_BASE_T1_GROSS: return _("Tranche 1 of the gross salary");
    case PS_BASE_T2: return _("Tranche 2 (1 to 8 PMSS)");
    case PS_BASE_CAP4: return _("Capped at 4 PMSS");
    case PS_BASE_CAP8: return _("Capped at 8 PMSS");
    case PS_BASE_CSG: return _("CSG/CRDS base");
    case PS_BASE_WELFARE: return _("Employer health and welfare contributions");
    case PS_BASE_HEALTH: return _("Health insurance premium");
    default: return "";
    }
}

static gboolean
applies_to_profile (const PsContribution    *c,
                    const PsEmployerProfile *profile)
{
  if (c->cadre_only && !profile->cadre)
    return FALSE;
  if (c->non_cadre_only && profile->cadre)
    return FALSE;
  return profile->headcount >= c->headcount_min && profile->headcount <= c->headcount_max;
}

static char *
conditions_text (const PsContribution *c)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (c->cadre_only)
    g_ptr_array_add (parts, g_strdup (_("cadres only")));
  if (c->non_cadre_only)
    g_ptr_array_add (parts, g_strdup (_("non-cadres only")));
  if (c->headcount_min > 0 && c->headcount_max < G_MAXINT)
    g_ptr_array_add (parts, g_strdup_printf (_("%d to %d employees"), c->headcount_min, c->headcount_max));
  else if (c->headcount_min > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%d employees or more"), c->headcount_min));
  else if (c->headcount_max < G_MAXINT)
    g_ptr_array_add (parts, g_strdup_printf (_("up to %d employees"), c->headcount_max));
  if (c->above_pmss)
    g_ptr_array_add (parts, g_strdup (_("when pay exceeds 1 PMSS")));
  if (c->reduced_max_smic > 0)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buf, sizeof buf, "%g", c->reduced_max_smic);
      g_ptr_array_add (parts, g_strdup_printf (_("reduced rate up to %s SMIC"), buf));
    }
  if (c->kind == PS_RATE_ATMP)
    g_ptr_array_add (parts, g_strdup (_("rate of the employer profile (not below the minimum)")));
  else if (c->kind == PS_RATE_VM)
    g_ptr_array_add (parts, g_strdup (_("rate of the employer profile")));
  else if (c->kind == PS_RATE_HEALTH)
    g_ptr_array_add (parts, g_strdup (_("split of the premium set in the Summary")));
  if (c->not_deductible)
    g_ptr_array_add (parts, g_strdup (_("not deductible from taxable pay")));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **) parts->pdata);
}

/* A parameter's source, over the columns PARAM_SOURCE_FIRST to
 * COL_SOURCE (merged). */
static void
param_source (PsSheet    *s,
              int         row,
              const char *text,
              lxw_format *fmt)
{
  g_autofree char *typo = ps_xlsx_typo (s->x, text);

  worksheet_merge_range (s->ws, row, PARAM_SOURCE_FIRST, row, COL_SOURCE, typo, fmt);
}

static PsCell
date_cell (PsSheet *s,
           int      row,
           int      col,
           PsDate   date)
{
  lxw_datetime dt = { PS_DATE_YEAR (date), (date / 100) % 100, date % 100, 0, 0, 0 };

  worksheet_write_datetime (s->ws, row, col, &dt, s->x->fmt.date_right);
  s->widths[col] = MAX (s->widths[col], 10);
  return ps_cell (s, row, col);
}

static int
write_table (PsXlsx          *x,
             int              row,
             const char      *title,
             const PsBracket *brackets,
             int              n,
             gboolean         monthly,
             PsTableCells    *out)
{
  PsSheet *s = x->assumptions;
  double lower = 0;

  ps_sheet_string (s, row, COL_LABEL, title, x->fmt.label_total);
  ps_sheet_string (s, row, COL_EMPLOYEE, _("From"), x->fmt.header);
  ps_sheet_string (s, row, COL_EMPLOYER, _("Up to"), x->fmt.header);
  ps_sheet_string (s, row, COL_REDUCED, _("Rate"), x->fmt.header);
  row++;
  out->n = n;
  for (int i = 0; i < n; i++, row++)
    {
      g_autofree char *label = g_strdup_printf (monthly ? _("Bracket %d (monthly taxable pay)")
                                                        : _("Bracket %d"), i + 1);

      ps_sheet_string (s, row, COL_LABEL, label, x->fmt.label_indent);
      out->lower[i] = ps_sheet_number (s, row, COL_EMPLOYEE, lower, x->fmt.money);
      if (brackets[i].upper < G_MAXDOUBLE)
        out->upper[i] = ps_sheet_number (s, row, COL_EMPLOYER, brackets[i].upper, x->fmt.money);
      else
        {
          ps_sheet_string (s, row, COL_EMPLOYER, _("and above"), x->fmt.text);
          out->upper[i] = ps_cell (s, -1, -1);
        }
      out->rate[i] = ps_sheet_number (s, row, COL_REDUCED, brackets[i].rate, x->fmt.rate);
      lower = brackets[i].upper;
    }
  return row + 1;
}

/* Points of a progressive rate: the revenu (in PASS) and the rate there;
 * out->upper[i] (row < 0 for the last, unbounded one) and out->rate[i]. */
static int
write_points (PsXlsx          *x,
              int              row,
              const char      *title,
              const PsBracket *points,
              int              n,
              PsTableCells    *out)
{
  PsSheet *s = x->assumptions;

  ps_sheet_string (s, row, COL_LABEL, title, x->fmt.label_total);
  ps_sheet_string (s, row, COL_EMPLOYEE, _("Revenu (PASS)"), x->fmt.header);
  ps_sheet_string (s, row, COL_EMPLOYER, "", x->fmt.header);
  ps_sheet_string (s, row, COL_REDUCED, _("Rate"), x->fmt.header);
  row++;
  out->n = n;
  for (int i = 0; i < n; i++, row++)
    {
      g_autofree char *label = g_strdup_printf (_("Point %d"), i + 1);

      ps_sheet_string (s, row, COL_LABEL, label, x->fmt.label_indent);
      out->lower[i] = ps_cell (s, -1, -1);
      if (points[i].upper < G_MAXDOUBLE)
        out->upper[i] = ps_sheet_number (s, row, COL_EMPLOYEE, points[i].upper, x->fmt.decimal4);
      else
        {
          ps_sheet_string (s, row, COL_EMPLOYEE, _("and above"), x->fmt.text);
          out->upper[i] = ps_cell (s, -1, -1);
        }
      out->rate[i] = ps_sheet_number (s, row, COL_REDUCED, points[i].rate, x->fmt.rate);
    }
  return row + 1;
}

void
ps_xlsx_write_assumptions (PsXlsx *x)
{
  PsSheet *s = x->assumptions;
  const PsParams *p = x->p;
  const PsEmployerProfile *profile = &x->c->scenario.profile;
  g_autoptr (GPtrArray) list = ps_rates_list (x->rates, p->date);
  g_autofree char *date = ps_xlsx_date_text (p->date);
  g_autofree char *subtitle = NULL;
  int row = 0, contributions;

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("Assumptions: every rate, its source and effective date"), x->fmt.title);
  subtitle = g_strdup_printf (_("Rates in force on %s. The formulas of the other sheets read the values that have a name in the last column: change one and the workbook recomputes. The others are for reference: no formula reads them."),
                              date);
  ps_sheet_string (s, row++, 0, subtitle, x->fmt.subtitle);
  row++;

  /* ------------------------------------------------ parameters */
  ps_sheet_string (s, row++, 0, _("Parameters"), x->fmt.section);
  ps_sheet_string (s, row, COL_LABEL, _("Parameter"), x->fmt.header_left);
  ps_sheet_string (s, row, COL_EMPLOYEE, _("Value"), x->fmt.header);
  /* the date and the source right after the value, not past the
   * columns of the contributions' table below */
  ps_sheet_string (s, row, COL_EMPLOYER, _("In force since"), x->fmt.header);
  param_source (s, row, _("Source"), x->fmt.header_indent);
  ps_sheet_string (s, row, COL_KEY, _("Name in the workbook"), x->fmt.header_left);
  ps_sheet_header_row (s, row, 2);
  worksheet_freeze_panes (s->ws, row + 1, 1);
  worksheet_repeat_rows (s->ws, row, row);
  row++;

  for (guint i = 0; i < list->len; i++)
    {
      PsRateInfo *info = g_ptr_array_index (list, i);
      gboolean contribution = FALSE;
      gboolean known = FALSE;
      g_autofree char *source = NULL;
      const char *label;

      for (int k = 0; k < p->n_contributions; k++)
        if (g_strcmp0 (p->contributions[k].id, info->key) == 0)
          contribution = TRUE;
      if (contribution)
        continue;

      /* the English workbook: the rates file's English twin, if any */
      label = !x->french && info->label_en != NULL ? info->label_en : info->label;
      ps_sheet_string (s, row, COL_LABEL, label, x->fmt.label);
      for (guint k = 0; k < G_N_ELEMENTS (param_cells); k++)
        {
          const char *key = param_cells[k].key;
          double v;

          if (!g_str_equal (key, info->key))
            continue;
          known = TRUE;
          switch (param_cells[k].kind)
            {
            case K_TABLE:
              ps_sheet_string (s, row, COL_EMPLOYEE, _("table below"), x->fmt.number);
              break;
            case K_KIND:
              ps_define_name (x, key, ps_sheet_number (s, row, COL_EMPLOYEE, p->reduction_kind, x->fmt.integer));
              break;
            case K_INT:
              ps_define_name (x, key, ps_sheet_number (s, row, COL_EMPLOYEE, G_STRUCT_MEMBER (int, p, param_cells[k].offset),
                                                       x->fmt.integer));
              break;
            default:
              v = G_STRUCT_MEMBER (double, p, param_cells[k].offset);
              ps_define_name (x, key,
                              ps_sheet_number (s, row, COL_EMPLOYEE, v,
                                               param_cells[k].kind == K_EURO ? x->fmt.money
                                               : param_cells[k].kind == K_PCT ? x->fmt.rate
                                               : param_cells[k].kind == K_COEF ? x->fmt.decimal4
                                               : v == floor (v) ? x->fmt.number : x->fmt.decimal4));
              break;
            }
        }
      if (!known)
        write_unread (x, row, info);
      date_cell (s, row, COL_EMPLOYER, info->from);
      source = clean_source (info->source);
      param_source (s, row, source, x->fmt.text_indent);
      fit_row (s, row, label, source, PARAM_SOURCE_WIDTH, NULL, 0);
      /* only the names the workbook defines */
      if (!known)
        ps_sheet_string (s, row, COL_KEY, _("not read by the formulas"), x->fmt.note);
      else if (ps_x_name_defined (x, info->key))
        ps_sheet_string (s, row, COL_KEY, info->key, x->fmt.note);
      else
        ps_sheet_string (s, row, COL_KEY, _("the table below"), x->fmt.note);
      row++;
    }

  /* derived: the monthly SMIC the reductions compare pay with */
  ps_sheet_string (s, row, COL_LABEL, _("Monthly SMIC (hourly SMIC × legal monthly hours)"), x->fmt.label);
  x->smic_monthly = ps_sheet_formula (s, row, COL_EMPLOYEE,
                                      ps_x_mul (x, ps_x_name (x, "smic_hourly"),
                                                ps_x_name (x, "smic_monthly_hours")),
                                      x->fmt.money);
  ps_define_name (x, "smic_monthly", x->smic_monthly);
  param_source (s, row, _("Computed"), x->fmt.text_indent);
  ps_sheet_string (s, row, COL_KEY, "smic_monthly", x->fmt.note);
  row++;
  ps_sheet_string (s, row, COL_LABEL, _("Hourly SMIC on 1 January (minimum bases of the TNS contributions)"), x->fmt.label);
  ps_define_name (x, "smic_hourly_year_start",
                  ps_sheet_number (s, row, COL_EMPLOYEE, p->smic_hourly_year_start, x->fmt.money));
  param_source (s, row, _("The value of smic_hourly in force on 1 January of the year"), x->fmt.text_indent);
  ps_sheet_string (s, row, COL_KEY, "smic_hourly_year_start", x->fmt.note);
  row += 2;

  /* ------------------------------------------------ contributions */
  x->firm.officer = FALSE;
  x->firm.small = profile->headcount < 50;
  x->officer.officer = TRUE;
  x->officer.small = x->c->sasu_inputs.profile.headcount < 50;
  x->profile = &x->firm;
  contributions = row;
  ps_sheet_string (s, row++, 0, _("Contributions"), x->fmt.section);
  ps_sheet_string (s, row, COL_LABEL, _("Contribution"), x->fmt.header_left);
  ps_sheet_string (s, row, COL_EMPLOYEE, _("Employee rate"), x->fmt.header);
  ps_sheet_string (s, row, COL_EMPLOYER, _("Employer rate"), x->fmt.header);
  ps_sheet_string (s, row, COL_REDUCED, _("Reduced employer rate"), x->fmt.header);
  ps_sheet_string (s, row, COL_BASE, _("Base"), x->fmt.header_left);
  ps_sheet_string (s, row, COL_CONDITIONS, _("Conditions"), x->fmt.header_left);
  ps_sheet_string (s, row, COL_FROM, _("In force since"), x->fmt.header);
  ps_sheet_string (s, row, COL_SOURCE, _("Source"), x->fmt.header_left);
  ps_sheet_string (s, row, COL_KEY, _("Identifier"), x->fmt.header_left);
  ps_sheet_header_row (s, row, 3);
  row++;

  for (int i = 0; i < p->n_contributions; i++, row++)
    {
      const PsContribution *c = &p->contributions[i];
      PsRateCells *rc = &x->contribution[i];
      g_autofree char *conditions = conditions_text (c);
      g_autofree char *source = clean_source (c->source);

      rc->applies = applies_to_profile (c, profile);
      rc->employee = rc->employer = rc->reduced = ps_cell (s, -1, -1);
      x->firm.applies[i] = rc->applies;
      /* the SASU président: the engine's officer profile; no versement
       * mobilité (its rate is 0 for the président) */
      x->officer.applies[i] = applies_to_profile (c, &x->c->sasu_inputs.profile) && !c->not_officer
                              && !(c->kind == PS_RATE_VM && x->c->sasu_inputs.profile.vm_rate == 0);

      if (rc->applies)
        ps_sheet_string (s, row, COL_LABEL, !x->french && c->label_en != NULL ? c->label_en : c->label, x->fmt.label);
      else
        {
          g_autofree char *label = g_strdup_printf (x->officer.applies[i] ? _("%s (only for the SASU président)")
                                                                           : _("%s (not for these employers)"),
                                                    !x->french && c->label_en != NULL ? c->label_en : c->label);
          ps_sheet_string (s, row, COL_LABEL, label, x->fmt.note);
        }

      if (c->kind == PS_RATE_HEALTH)
        {
          rc->employee = ps_sheet_formula (s, row, COL_EMPLOYEE,
                                           ps_x_sub (x, ps_x_num (x, 1), ps_x_name (x, "mutuelle_employer_share")),
                                           x->fmt.rate);
          rc->employer = ps_sheet_formula (s, row, COL_EMPLOYER, ps_x_name (x, "mutuelle_employer_share"),
                                           x->fmt.rate);
        }
      else
        {
          if (c->employee_rate != 0)
            rc->employee = ps_sheet_number (s, row, COL_EMPLOYEE, c->employee_rate, x->fmt.rate);
          if (c->kind == PS_RATE_ATMP)
            rc->employer = ps_sheet_formula (s, row, COL_EMPLOYER,
                                             ps_x_max (x, ps_x_name (x, "atmp_rate"), ps_x_name (x, "atmp_min_pct")),
                                             x->fmt.rate);
          else if (c->kind == PS_RATE_VM)
            rc->employer = ps_sheet_formula (s, row, COL_EMPLOYER, ps_x_name (x, "vm_rate"), x->fmt.rate);
          else if (c->employer_rate != 0 || c->reduced_max_smic > 0)
            rc->employer = ps_sheet_number (s, row, COL_EMPLOYER, c->employer_rate, x->fmt.rate);
        }
      if (c->reduced_max_smic > 0)
        rc->reduced = ps_sheet_number (s, row, COL_REDUCED, c->reduced_employer_rate, x->fmt.rate);

      ps_sheet_string (s, row, COL_BASE, base_label (c->base), x->fmt.text);
      ps_sheet_string (s, row, COL_CONDITIONS, conditions, x->fmt.text_wrap);
      date_cell (s, row, COL_FROM, c->from);
      ps_sheet_string (s, row, COL_SOURCE, source, x->fmt.text_wrap);
      ps_sheet_string (s, row, COL_KEY, c->id, x->fmt.note);
      fit_row (s, row, !x->french && c->label_en != NULL ? c->label_en : c->label, source, SOURCE_WIDTH, conditions, CONDITIONS_WIDTH);
    }
  row++;

  /* ------------------------------------------------ tables */
  ps_sheet_string (s, row++, 0, _("Income tax tables"), x->fmt.section);
  row = write_table (x, row, _("Income tax scale (per part of the household quotient)"),
                     p->ir_brackets, p->n_ir_brackets, FALSE, &x->ir);
  row = write_table (x, row, _("High-income contribution (CEHR), single person"),
                     p->cehr_single, p->n_cehr_single, FALSE, &x->cehr_single);
  row = write_table (x, row, _("High-income contribution (CEHR), couple"),
                     p->cehr_couple, p->n_cehr_couple, FALSE, &x->cehr_couple);
  row = write_table (x, row, _("Neutral rate grid of the withholding tax (PAS)"),
                     p->pas_grid, p->n_pas_grid, TRUE, &x->pas);

  ps_sheet_string (s, row++, 0, _("Progressive rates of the TNS contributions"), x->fmt.section);
  ps_sheet_string (s, row++, 0,
                   _("The rate goes in a straight line from one point to the next, by the base of the contributions (the income before contributions less the abatement) in PASS; beyond the last bounded point, that point’s rate (maladie: the rate after “and above” applies to the part above it)."),
                   x->fmt.note);
  row = write_points (x, row, _("Maladie-maternité (base in PASS → rate)"),
                      p->tns_maladie_points, p->n_tns_maladie_points, &x->tns_maladie);
  row = write_points (x, row, _("Allocations familiales (base in PASS → rate)"),
                      p->tns_af_points, p->n_tns_af_points, &x->tns_af);

  worksheet_set_column (s->ws, COL_LABEL, COL_LABEL, LABEL_WIDTH, NULL);
  worksheet_set_column (s->ws, COL_EMPLOYEE, COL_REDUCED, 13, NULL);
  /* the values ("table below") and the bases, as wide as their texts */
  s->widths[COL_EMPLOYEE] += 1;
  ps_sheet_fit_columns (s, COL_EMPLOYEE, COL_EMPLOYEE, 13, 22);
  /* (a range starting at the value's column is replaced by its fit) */
  worksheet_set_column (s->ws, COL_EMPLOYER, COL_REDUCED, 13, NULL);
  /* the headers on one line, with a gap before the next (right-aligned,
   * a longer one would spill over the value's: "Valeur En vigueur depuis") */
  worksheet_set_column (s->ws, COL_EMPLOYER, COL_EMPLOYER,
                        MAX (13, MAX (ps_text_width (_("In force since"), TRUE), ps_text_width (_("Up to"), TRUE)) + 2.5), NULL);
  ps_sheet_fit_columns (s, COL_BASE, COL_BASE, 24, 44);
  worksheet_set_column (s->ws, COL_CONDITIONS, COL_CONDITIONS, CONDITIONS_WIDTH, NULL);
  worksheet_set_column (s->ws, COL_FROM, COL_FROM, 13, NULL);
  worksheet_set_column (s->ws, COL_SOURCE, COL_SOURCE, SOURCE_WIDTH, NULL);
  worksheet_set_column (s->ws, COL_KEY, COL_KEY, 30, NULL);
  ps_sheet_print_setup (s, TRUE);
  {
    /* on paper, the contributions' table from the top of a page (its
     * header was left alone at the foot of one) */
    lxw_row_t breaks[] = { contributions, 0 };

    worksheet_set_h_pagebreaks (s->ws, breaks);
  }
}
