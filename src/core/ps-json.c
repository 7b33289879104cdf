/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-json"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-file.h"
#include "ps-json.h"
#include "ps-line-label.h"
#include "ps-money.h"
#include "ps-scenario.h"

static const char *branch_ids[] = {
  [PS_BRANCH_HEALTH] = "health", [PS_BRANCH_ATMP] = "atmp",
  [PS_BRANCH_PENSION] = "pension", [PS_BRANCH_FAMILY] = "family",
  [PS_BRANCH_UNEMPLOYMENT] = "unemployment", [PS_BRANCH_CSG] = "csg",
  [PS_BRANCH_OTHER] = "other", [PS_BRANCH_WELFARE] = "welfare",
};

void
ps_json_add_money (cJSON      *obj,
                   const char *name,
                   double      value)
{
  cJSON_AddNumberToObject (obj, name, ps_round_cents (value) + 0.0);
}

void
ps_json_add_monthly (cJSON      *obj,
                     const char *name,
                     double      monthly)
{
  g_autofree char *m = g_strconcat (name, "_monthly", NULL);
  g_autofree char *y = g_strconcat (name, "_yearly", NULL);

  ps_json_add_money (obj, m, monthly);
  ps_json_add_money (obj, y, monthly * 12);
}

static void
add_rate (cJSON      *obj,
          const char *name,
          double      fraction)
{
  /* percent with up to 4 decimals */
  cJSON_AddNumberToObject (obj, name, ps_round_to (fraction * 100, 4));
}

cJSON *
ps_json_lines (const PsPayslip *slip)
{
  cJSON *lines = cJSON_CreateArray ();

  for (int i = 0; i < slip->n_lines; i++)
    {
      const PsLine *l = &slip->lines[i];
      cJSON *o = cJSON_CreateObject ();

      cJSON_AddStringToObject (o, "id", l->id);
      cJSON_AddStringToObject (o, "label", l->label);
      if (ps_line_label_for (l, FALSE) != l->label)
        cJSON_AddStringToObject (o, "label_en", ps_line_label_for (l, FALSE));
      cJSON_AddStringToObject (o, "branch", branch_ids[l->branch]);
      ps_json_add_money (o, "base", l->base);
      add_rate (o, "employee_rate_pct", l->employee_rate);
      ps_json_add_money (o, "employee", l->employee);
      add_rate (o, "employer_rate_pct", l->employer_rate);
      ps_json_add_money (o, "employer", l->employer);
      cJSON_AddStringToObject (o, "source", l->source);
      cJSON_AddItemToArray (lines, o);
    }
  return lines;
}

cJSON *
ps_json_salary (const PsPayslip *slip,
                double           income_tax_yearly,
                double           tax_rate)
{
  cJSON *o = cJSON_CreateObject ();
  double tax_monthly = income_tax_yearly / 12;

  ps_json_add_monthly (o, "gross", slip->gross);
  ps_json_add_monthly (o, "employee_contributions", slip->employee_contributions);
  ps_json_add_monthly (o, "employer_contributions", slip->employer_contributions);
  ps_json_add_monthly (o, "reduction", slip->reduction);
  ps_json_add_monthly (o, "employer_cost", slip->employer_cost);
  ps_json_add_monthly (o, "net_before_tax", slip->net_before_tax);
  ps_json_add_monthly (o, "taxable_net", slip->taxable_net);
  ps_json_add_money (o, "income_tax_monthly", tax_monthly);
  ps_json_add_money (o, "income_tax_yearly", income_tax_yearly);
  add_rate (o, "income_tax_rate_pct", tax_rate);
  ps_json_add_money (o, "net_after_tax_monthly", slip->net_before_tax - tax_monthly);
  ps_json_add_money (o, "net_after_tax_yearly", slip->net_before_tax * 12 - income_tax_yearly);
  cJSON_AddItemToObject (o, "lines", ps_json_lines (slip));
  return o;
}

cJSON *
ps_json_portage (const PsPortageResult *r,
                 const PsPortageInputs *in)
{
  cJSON *o = cJSON_CreateObject ();
  cJSON *warnings = cJSON_AddArrayToObject (o, "warnings");
  g_auto (GStrv) msgs = ps_portage_warning_messages (r, in);

  ps_json_add_money (o, "tjm", in->tjm);
  cJSON_AddNumberToObject (o, "days_per_month", ps_round_to (in->days_per_month, 4));
  ps_json_add_monthly (o, "revenue", r->revenue);
  ps_json_add_monthly (o, "fees", r->fees);
  ps_json_add_monthly (o, "available", r->available);
  ps_json_add_monthly (o, "expenses", r->expenses);
  ps_json_add_monthly (o, "envelope", r->envelope);
  ps_json_add_monthly (o, "gross", r->gross);
  ps_json_add_monthly (o, "base_salary", r->base);
  ps_json_add_monthly (o, "business_indemnity", r->iaa);
  ps_json_add_monthly (o, "paid_leave", r->paid_leave);
  ps_json_add_monthly (o, "employer_contributions", r->employer_contributions);
  ps_json_add_monthly (o, "employee_contributions", r->employee_contributions);
  ps_json_add_monthly (o, "employer_cost", r->employer_cost);
  ps_json_add_monthly (o, "reserve", r->reserve);
  ps_json_add_monthly (o, "reserve_employer_contributions", r->reserve_employer_contributions);
  ps_json_add_monthly (o, "reserve_employee_contributions", r->reserve_employee_contributions);
  ps_json_add_monthly (o, "reserve_income_tax", r->reserve_income_tax);
  ps_json_add_monthly (o, "reserve_net_after_tax", r->reserve_net_after_tax);
  ps_json_add_monthly (o, "unpaid", r->unpaid);
  ps_json_add_monthly (o, "net_before_tax", r->net_before_tax);
  ps_json_add_monthly (o, "taxable_net", r->taxable_net);
  ps_json_add_monthly (o, "income_tax", r->income_tax);
  add_rate (o, "income_tax_rate_pct", r->tax_rate);
  ps_json_add_monthly (o, "net_after_tax", r->net_after_tax);
  ps_json_add_monthly (o, "expenses_reimbursed", r->expenses_reimbursed);
  ps_json_add_monthly (o, "take_home", r->take_home);
  /* the same with the réserve counted, as the comparison and the human
   * output count it (ps_portage_status): paid at the end of the mission,
   * less its employee contributions and the income tax it adds */
  {
    g_autofree PsScenario *counted = g_new0 (PsScenario, 1);
    PsStatusResult status;

    ps_portage_status (counted, r, &status);
    ps_json_add_monthly (o, "net_before_tax_with_reserve", status.net_before_tax_yearly / 12);
    ps_json_add_monthly (o, "income_tax_with_reserve", status.income_tax_yearly / 12);
    ps_json_add_monthly (o, "net_after_tax_with_reserve", status.net_after_tax_yearly / 12);
    ps_json_add_monthly (o, "take_home_with_reserve", status.net_after_tax_yearly / 12 + r->expenses_reimbursed);
  }
  ps_json_add_monthly (o, "minimum_gross", r->minimum_gross);
  if (r->minimum_tjm > 0)
    ps_json_add_money (o, "minimum_tjm", r->minimum_tjm);
  for (int i = 0; msgs[i] != NULL; i++)
    cJSON_AddItemToArray (warnings, cJSON_CreateString (msgs[i]));
  cJSON_AddItemToObject (o, "lines", ps_json_lines (&r->payslip));
  return o;
}

cJSON *
ps_json_cdi (const PsCdiResult *r)
{
  cJSON *o = cJSON_CreateObject ();

  ps_json_add_money (o, "gross_yearly", r->gross_yearly);
  ps_json_add_money (o, "gross_monthly", r->payslip.gross);
  ps_json_add_money (o, "employer_cost_yearly", r->employer_cost_yearly);
  ps_json_add_money (o, "net_before_tax_yearly", r->net_before_tax_yearly);
  ps_json_add_money (o, "net_before_tax_monthly", r->payslip.net_before_tax);
  ps_json_add_money (o, "income_tax_yearly", r->income_tax_yearly);
  add_rate (o, "income_tax_rate_pct", r->tax_rate);
  ps_json_add_money (o, "net_after_tax_yearly", r->net_after_tax_yearly);
  ps_json_add_money (o, "net_after_tax_monthly", r->net_after_tax_yearly / 12);
  cJSON_AddItemToObject (o, "lines", ps_json_lines (&r->payslip));
  return o;
}

cJSON *
ps_json_status (const PsStatusResult *r)
{
  cJSON *o = cJSON_CreateObject ();

  ps_json_add_money (o, "revenue_yearly", r->revenue_yearly);
  ps_json_add_money (o, "costs_yearly", r->costs_yearly);
  ps_json_add_money (o, "expenses_yearly", r->expenses_yearly);
  ps_json_add_money (o, "contributions_yearly", r->contributions_yearly);
  ps_json_add_money (o, "gross_yearly", r->gross_yearly);
  ps_json_add_money (o, "net_before_tax_yearly", r->net_before_tax_yearly);
  ps_json_add_money (o, "income_tax_yearly", r->income_tax_yearly);
  ps_json_add_money (o, "net_after_tax_yearly", r->net_after_tax_yearly);
  ps_json_add_money (o, "net_after_tax_monthly", r->net_after_tax_monthly);
  ps_json_add_money (o, "deferred_yearly", r->deferred_yearly);
  ps_json_add_money (o, "corporate_tax_yearly", r->corporate_tax_yearly);
  ps_json_add_money (o, "health_yearly", r->health_yearly);
  cJSON_AddBoolToObject (o, "eligible", r->eligible);
  if (r->unusable != PS_USABLE)
    cJSON_AddStringToObject (o, "unusable_reason", ps_unusable_id (r->unusable));
  else
    cJSON_AddNullToObject (o, "unusable_reason");
  add_rate (o, "effective_rate_pct", r->effective_rate);
  cJSON_AddBoolToObject (o, "unemployment_insurance", r->unemployment_insurance);
  cJSON_AddBoolToObject (o, "sick_pay", r->sick_pay);
  cJSON_AddBoolToObject (o, "complementary_pension", r->complementary_pension);
  return o;
}

static void
add_lines (cJSON        *o,
           const PsLine *lines,
           int           n)
{
  PsPayslip slip = { 0 };

  slip.n_lines = MIN (n, PS_MAX_LINES);
  memcpy (slip.lines, lines, sizeof (PsLine) * slip.n_lines);
  cJSON_AddItemToObject (o, "lines", ps_json_lines (&slip));
}

cJSON *
ps_json_micro (const PsMicroResult *r,
               const PsParams      *p)
{
  cJSON *o = cJSON_CreateObject ();
  cJSON *warnings = cJSON_AddArrayToObject (o, "warnings");
  g_auto (GStrv) msgs = ps_micro_warning_messages (r);

  ps_json_add_money (o, "revenue_yearly", r->revenue);
  add_rate (o, "social_rate_pct", r->social_rate);
  ps_json_add_money (o, "social_contributions_yearly", r->social);
  ps_json_add_money (o, "cfp_yearly", r->cfp);
  ps_json_add_money (o, "contributions_yearly", r->contributions);
  ps_json_add_money (o, "net_before_tax_yearly", r->net_before_tax);
  ps_json_add_money (o, "taxable_income_yearly", r->taxable_income);
  ps_json_add_money (o, "income_tax_yearly", r->income_tax);
  ps_json_add_money (o, "net_after_tax_yearly", r->net_after_tax);
  ps_json_add_money (o, "net_after_tax_monthly", r->net_after_tax / 12);
  ps_json_add_money (o, "health_paid_yearly", r->health.paid);
  ps_json_add_money (o, "vl_rfr_limit", r->vl_rfr_limit);
  cJSON_AddBoolToObject (o, "versement_liberatoire", r->taxable_income == 0 && r->income_tax > 0);
  for (int i = 0; msgs[i] != NULL; i++)
    cJSON_AddItemToArray (warnings, cJSON_CreateString (msgs[i]));
  add_lines (o, r->lines, r->n_lines);
  return o;
}

cJSON *
ps_json_company (const PsCompanyResult *r)
{
  cJSON *o = cJSON_CreateObject ();

  ps_json_add_money (o, "revenue_yearly", r->revenue);
  ps_json_add_money (o, "costs_yearly", r->costs);
  ps_json_add_money (o, "pay_yearly", r->pay);
  ps_json_add_money (o, "gross_yearly", r->gross);
  ps_json_add_money (o, "contributions_yearly", r->contributions);
  ps_json_add_money (o, "net_before_tax_yearly", r->net_pay);
  ps_json_add_money (o, "taxable_net_yearly", r->taxable_pay);
  ps_json_add_money (o, "profit_yearly", r->profit);
  ps_json_add_money (o, "corporate_tax_yearly", r->corporate_tax);
  ps_json_add_money (o, "dividends_yearly", r->dividends);
  ps_json_add_money (o, "dividend_contributions_yearly", r->dividend_contributions);
  ps_json_add_money (o, "dividend_income_tax_yearly", r->dividend_income_tax);
  ps_json_add_money (o, "dividends_net_yearly", r->dividends_net);
  ps_json_add_money (o, "income_tax_yearly", r->income_tax);
  ps_json_add_money (o, "csm_yearly", r->csm.amount);
  cJSON_AddBoolToObject (o, "csm_exempt", r->csm.exempt);
  ps_json_add_money (o, "health_paid_yearly", r->health.paid);
  ps_json_add_money (o, "health_deductible_yearly", r->health.deductible);
  ps_json_add_money (o, "net_after_tax_yearly", r->net_after_tax);
  ps_json_add_money (o, "net_after_tax_monthly", r->net_after_tax / 12);
  cJSON_AddBoolToObject (o, "optimised_split", r->optimised);
  if (r->gross > 0)
    cJSON_AddItemToObject (o, "lines", ps_json_lines (&r->payslip));
  else if (r->tns.n_lines > 0)
    add_lines (o, r->tns.lines, r->tns.n_lines);
  return o;
}

void
ps_json_add_rights (cJSON          *o,
                    const PsRights *r)
{
  cJSON *notes;

  cJSON_AddNumberToObject (o, "pension_quarters", r->pension_quarters);
  ps_json_add_money (o, "pension_earnings_yearly", r->pension_earnings);
  if (ps_pension_scheme_id (r->scheme) != NULL)
    cJSON_AddStringToObject (o, "pension_scheme", ps_pension_scheme_id (r->scheme));
  else
    cJSON_AddNullToObject (o, "pension_scheme");
  cJSON_AddNumberToObject (o, "agirc_arrco_points",
                           r->scheme == PS_PENSION_SCHEME_AGIRC_ARRCO ? ps_round_to (r->points, 2) : 0);
  cJSON_AddNumberToObject (o, "rci_points", r->scheme == PS_PENSION_SCHEME_RCI ? ps_round_to (r->points, 2) : 0);
  ps_json_add_money (o, "pension_yearly_accrued", r->pension_yearly_accrued);
  cJSON_AddBoolToObject (o, "are_eligible", r->are_eligible);
  ps_json_add_money (o, "are_sjr", r->are_sjr);
  ps_json_add_money (o, "are_daily", r->are_daily);
  ps_json_add_money (o, "are_daily_after_6_months", r->are_daily_reduced);
  cJSON_AddNumberToObject (o, "are_days", r->are_days);
  ps_json_add_money (o, "are_total", r->are_total);
  ps_json_add_money (o, "arce", r->arce);
  cJSON_AddBoolToObject (o, "sick_pay_eligible", r->sick_eligible);
  ps_json_add_money (o, "sick_pay_daily", r->sick_daily);
  ps_json_add_money (o, "sick_month_net", r->sick_month_net);
  ps_json_add_money (o, "working_month_net", r->working_month_net);
  notes = cJSON_AddArrayToObject (o, "rights_notes");
  for (guint i = 0; ps_rights_note_id (i) != NULL; i++)
    if (r->notes & (1u << i))
      cJSON_AddItemToArray (notes, cJSON_CreateString (ps_rights_note_id (i)));
}

cJSON *
ps_json_comparison (const PsComparison *c,
                    const PsParams     *p)
{
  cJSON *o = cJSON_CreateObject ();
  cJSON *inputs = cJSON_AddObjectToObject (o, "inputs");
  cJSON *statuses = cJSON_AddObjectToObject (o, "statuses");
  g_autofree char *date = ps_date_format (p->date);
  const PsScenario *s = &c->scenario;

  ps_json_add_money (inputs, "tjm", s->tjm);
  cJSON_AddNumberToObject (inputs, "days_per_year", ps_round_to (s->days_per_year, 4));
  cJSON_AddStringToObject (inputs, "date", date);
  /* portage's terms as computed: an offer's when it made portage */
  cJSON_AddStringToObject (inputs, "fee_model", c->portage_inputs.bands != NULL ? "tiered"
                                                : ps_fee_model_id (c->portage_inputs.fee_model));
  add_rate (inputs, "fee_pct", c->portage_inputs.fee_rate);
  if (c->portage_inputs.fee_model == PS_FEE_FLAT)
    ps_json_add_money (inputs, "fee_flat_monthly", c->portage_inputs.fee_flat_monthly);
  ps_json_add_money (inputs, "health_budget_yearly", c->health_yearly);
  ps_json_add_money (inputs, "expenses_monthly", s->expenses_monthly);
  cJSON_AddStringToObject (inputs, "cdi_basis", s->cdi_gross_yearly > 0 ? "offer" : "esn_margin");
  add_rate (inputs, "esn_margin_pct", s->esn_margin_rate);
  cJSON_AddNumberToObject (inputs, "parts", s->tax.parts);

  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      cJSON *st = ps_json_status (&c->statuses[i]);
      PsRights rights;

      ps_rights_compute (p, c, i, &rights);
      ps_json_add_rights (st, &rights);

      if (i == PS_STATUS_PORTAGE)
        cJSON_AddItemToObject (st, "details", ps_json_portage (&c->portage, &c->portage_inputs));
      else if (i == PS_STATUS_CDI)
        cJSON_AddItemToObject (st, "details", ps_json_cdi (&c->cdi));
      else if (i == PS_STATUS_MICRO)
        cJSON_AddItemToObject (st, "details", ps_json_micro (&c->micro, p));
      else if (i == PS_STATUS_SASU || i == PS_STATUS_EURL)
        {
          gboolean eurl = i == PS_STATUS_EURL;
          cJSON *details = ps_json_company (eurl ? &c->eurl : &c->sasu);
          const PsCompanyInputs *in = eurl ? &c->eurl_inputs : &c->sasu_inputs;

          /* the net after tax for each pay, from none to all the profit */
          if (!(eurl && in->ir))
            {
              cJSON *curve = cJSON_AddArrayToObject (details, "pay_curve");
              double pay[21], net[21];

              ps_company_curve (p, in, eurl, G_N_ELEMENTS (pay), pay, net);
              for (guint k = 0; k < G_N_ELEMENTS (pay); k++)
                {
                  cJSON *pt = cJSON_CreateObject ();

                  ps_json_add_money (pt, "pay_yearly", pay[k]);
                  ps_json_add_money (pt, "net_after_tax_yearly", net[k]);
                  cJSON_AddItemToArray (curve, pt);
                }
            }
          cJSON_AddItemToObject (st, "details", details);
        }
      cJSON_AddItemToObject (statuses, ps_status_id (i), st);
    }
  if (c->has_best)
    cJSON_AddStringToObject (o, "best", ps_status_id (c->best));
  else
    cJSON_AddNullToObject (o, "best");
  return o;
}

gboolean
ps_write_file_atomic (const char *path,
                      const char *contents,
                      gssize      length,
                      GError    **error)
{
  /* a hidden temporary file next to @path, synced and renamed over it:
   * the target is never truncated; symlinks written through, mode kept */
  return ps_file_write (path, contents, length < 0 ? strlen (contents) : (gsize) length, error);
}
