/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli salary, portage, micro, sasu, eurl: one status at a time, line by line. */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-date.h"
#include "ps-error.h"
#include "ps-export.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-portage.h"
#include "ps-rates.h"
#include "ps-tips.h"
#include "ps-xlsx-export.h"

int
ps_cli_cmd_salary (const Options *o,
            GError       **error)
{
  g_auto (Context) c = { 0 };
  double gross, tax, rate;
  PsPayslip slip;

  if (!ps_cli_require ("--gross-monthly", o->gross_monthly, error)
      || !ps_input_parse_field (PS_FIELD_GROSS_MONTHLY, "--gross-monthly", o->gross_monthly, &gross, error))
    return PS_CLI_BAD_INPUT;
  if (!ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;

  ps_payslip_compute (c.params, &c.profile, gross, &slip);
  tax = ps_income_tax_on_salary (c.params, &c.tax, slip.taxable_net, &rate);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_salary (&slip, tax, rate);
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }

  g_print ("%s\n", _("Salary (one month)"));
  ps_cli_header2 ();
  /* from the employer's cost down to the net, as the window's CDI: what
   * is taken off is negative */
  ps_cli_row2 (_("Employer cost"), slip.employer_cost);
  ps_cli_row2 (_("Employer contributions"), -slip.employer_contributions);
  ps_cli_row2 (_("Gross salary"), slip.gross);
  ps_cli_row2 (_("Employee contributions"), -slip.employee_contributions);
  ps_cli_row2 (_("Net before income tax"), slip.net_before_tax);
  ps_cli_row2 (_("Taxable net"), slip.taxable_net);
  ps_cli_row2 (ps_cli_tax_method_label (&c.tax), -tax / 12);
  ps_cli_row2 (_("Net after income tax"), slip.net_before_tax - tax / 12);
  ps_cli_print_lines (&slip);
  return PS_CLI_OK;
}

void
ps_cli_print_portage (const PsPortageResult *r,
                      const PsPortageInputs *in,
                      gboolean               reserve_counted,
                      gboolean               with_lines)
{
  g_auto (GStrv) warnings = ps_portage_warning_messages (r, in);
  g_autofree PsScenario *scenario = g_new0 (PsScenario, 1);
  PsStatusResult status;

  scenario->reserve_cash_only = !reserve_counted;
  ps_portage_status (scenario, r, &status);

  g_print ("%s\n", _("Portage salarial"));
  ps_cli_header2 ();
  ps_cli_row2 (_("Revenue excl. VAT"), r->revenue);
  ps_cli_row2 (_("Management fee"), -r->fees);
  ps_cli_row2 (_("Reimbursed expenses"), -r->expenses_reimbursed);
  ps_cli_row2 (_("Envelope (employer cost budget)"), r->envelope);
  ps_cli_row2 (_("Employer contributions"), -r->employer_contributions);
  ps_cli_row2 (in->cdd ? _("End-of-contract indemnity of the CDD (deferred pay)")
                       : _("Réserve financière (deferred pay)"), -r->reserve);
  ps_cli_row2 (_("Contributions on the réserve"), -r->reserve_employer_contributions);
  ps_cli_row2 (_("Gross salary"), r->gross);
  ps_cli_row2 (_("   base salary"), r->base);
  ps_cli_row2 (_("   business indemnity (IAA)"), r->iaa);
  ps_cli_row2 (_("   paid leave"), r->paid_leave);
  ps_cli_row2 (_("Employee contributions"), -r->employee_contributions);
  /* from here, the figures of the comparison (ps_portage_status): the
   * réserve, paid at the end of the mission, is counted in the year's net
   * less its employee contributions and the income tax it adds, with the
   * window's words (ps-status-flow) */
  if (reserve_counted && status.deferred_yearly != 0)
    {
      ps_cli_row2 (_("Net salary"), r->net_before_tax);
      ps_cli_row2 (_("Réserve, net, when paid"), r->reserve_net);
    }
  ps_cli_row2 (_("Net before income tax"), status.net_before_tax_yearly / 12);
  ps_cli_row2 (ps_cli_tax_method_label (&in->tax), -status.income_tax_yearly / 12);
  ps_cli_row2 (_("Net after income tax"), status.net_after_tax_yearly / 12);
  if (reserve_counted && status.deferred_yearly != 0)
    ps_cli_row2 (_("   of which réserve (later)"), status.deferred_yearly / 12);
  ps_cli_row2 (_("Take-home (net after tax + expenses)"), status.net_after_tax_yearly / 12 + r->expenses_reimbursed);
  for (int i = 0; warnings[i] != NULL; i++)
    g_print ("  ⚠ %s\n", warnings[i]);
  if (with_lines)
    ps_cli_print_lines (&r->payslip);
}

int
ps_cli_cmd_portage (const Options *o,
             GError       **error)
{
  g_auto (Context) c = { 0 };
  PsPortageInputs in;
  PsPortageResult r;

  if (!ps_cli_context_init (&c, o, error) || !ps_cli_portage_inputs (o, &c, FALSE, &in, error))
    return PS_CLI_BAD_INPUT;

  ps_portage_compute (c.params, &in, &r);
  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_portage (&r, &in);
      ps_cli_print_json (obj);
    }
  else
    ps_cli_print_portage (&r, &in, TRUE, TRUE);
  return PS_CLI_OK;
}

static void
print_status_lines (const PsLine *lines,
                    int           n)
{
  PsPayslip slip = { 0 };

  slip.n_lines = MIN (n, PS_MAX_LINES);
  memcpy (slip.lines, lines, sizeof (PsLine) * slip.n_lines);
  ps_cli_print_lines (&slip);
}

int
ps_cli_cmd_micro (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  PsMicroInputs in = { 0 };
  PsMicroResult r;
  g_auto (GStrv) warnings = NULL;

  if (!ps_cli_require ("--revenue-yearly", o->revenue_yearly, error)
      || !ps_input_parse_field (PS_FIELD_REVENUE_YEARLY, "--revenue-yearly", o->revenue_yearly, &in.revenue_yearly, error)
      || !ps_cli_opt_field (PS_FIELD_HEALTH_BUDGET_YEARLY, "--health-budget-yearly", o->health_budget_yearly, &in.health_yearly, error)
      || !ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  in.vl = o->vl;
  in.acre = o->acre;
  in.tax = c.tax;
  ps_micro_compute (c.params, &in, &r);
  warnings = ps_micro_warning_messages (&r);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_micro (&r, c.params);
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  g_print ("%s\n", _("Micro-entreprise (BNC, per year)"));
  ps_cli_header2 ();
  ps_cli_row2 (_("Revenue"), r.revenue / 12);
  ps_cli_row2 (_("Social contributions"), -r.contributions / 12);
  ps_cli_row2 (_("Net before income tax"), r.net_before_tax / 12);
  ps_cli_row2 (in.vl ? _("Income tax (versement libératoire)") : ps_cli_tax_method_label (&c.tax), -r.income_tax / 12);
  if (r.health.paid > 0)
    ps_cli_row2 (_("Health cover and prévoyance (paid from the net)"), -r.health.paid / 12);
  ps_cli_row2 (_("Net after income tax"), r.net_after_tax / 12);
  if (in.vl)
    {
      g_autofree char *limit = ps_format_money (r.vl_rfr_limit);

      g_print ("  ℹ ");
      g_print (_("The versement libératoire requires a household reference income two years ago of at most %s."), limit);
      g_print ("\n");
    }
  for (int i = 0; warnings[i] != NULL; i++)
    g_print ("  ⚠ %s\n", warnings[i]);
  return PS_CLI_OK;
}

static void
print_company (const char            *title,
               const PsCompanyResult *r)
{
  g_print ("%s\n", title);
  ps_cli_header2 ();
  ps_cli_row2 (_("Revenue"), r->revenue / 12);
  ps_cli_row2 (_("Costs and expenses"), -r->costs / 12);
  ps_cli_row2 (_("Manager’s pay (company cost)"), -r->pay / 12);
  if (r->gross > 0)
    ps_cli_row2 (_("Gross salary"), r->gross / 12);
  ps_cli_row2 (_("Social contributions"), -r->contributions / 12);
  ps_cli_row2 (_("Net pay before income tax"), r->net_pay / 12);
  ps_cli_row2 (_("Profit before corporate tax"), r->profit / 12);
  ps_cli_row2 (_("Corporate tax"), -r->corporate_tax / 12);
  ps_cli_row2 (_("Dividends"), r->dividends / 12);
  ps_cli_row2 (_("Contributions on the dividends"), -r->dividend_contributions / 12);
  ps_cli_row2 (_("Income tax on the dividends"), -r->dividend_income_tax / 12);
  ps_cli_row2 (_("Income tax on the pay"), -r->income_tax / 12);
  if (r->csm.amount > 0)
    ps_cli_row2 (_("Cotisation subsidiaire maladie (CSM)"), -r->csm.amount / 12);
  if (r->health.paid > 0)
    ps_cli_row2 (r->health.deductible > 0 ? _("Health cover and prévoyance (paid from the net, Madelin contracts)")
                                          : _("Health cover and prévoyance (paid from the net)"),
                 -r->health.paid / 12);
  ps_cli_row2 (_("Net after income tax"), r->net_after_tax / 12);
}

int
ps_cli_cmd_sasu (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  PsCompanyInputs in;
  PsCompanyResult r;
  double cost = 0, dividends = 0;

  if (!ps_cli_require ("--employer-cost-yearly", o->employer_cost_yearly, error)
      || !ps_input_parse_field (PS_FIELD_EMPLOYER_COST_YEARLY, "--employer-cost-yearly", o->employer_cost_yearly, &cost, error)
      || !ps_cli_opt_field (PS_FIELD_DIVIDENDS_YEARLY, "--dividends-yearly", o->dividends_yearly, &dividends, error)
      || !ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;

  /* the salary alone, then the dividends distributed on top */
  ps_company_inputs_init (&in, c.params);
  in.profile.atmp_rate = c.profile.atmp_rate;
  in.profile.mutuelle_monthly = c.profile.mutuelle_monthly;
  in.profile.mutuelle_employer_rate = c.profile.mutuelle_employer_rate;
  if (o->headcount != NULL)
    in.profile.headcount = c.profile.headcount;
  in.tax = c.tax;
  in.dividends_bareme = o->dividends_bareme;
  in.csm_exempt = o->csm_exempt;
  if (!ps_cli_opt_field (PS_FIELD_HEALTH_BUDGET_YEARLY, "--health-budget-yearly", o->health_budget_yearly, &in.health_yearly, error))
    return PS_CLI_BAD_INPUT;
  in.costs = 0;
  in.revenue = cost;
  in.pay = cost;
  ps_sasu_compute (c.params, &in, &r);
  if (dividends > 0)
    {
      /* dividends = profit after IS: start from the profit that leaves them */
      PsCompanyResult with;
      double lo = dividends, hi = dividends * 2 + 100;

      for (int i = 0; i < 60; i++)
        {
          double mid = (lo + hi) / 2;

          in.revenue = r.pay + mid;
          in.pay = r.pay;
          ps_sasu_compute (c.params, &in, &with);
          if (with.dividends < dividends)
            lo = mid;
          else
            hi = mid;
        }
      r = with;
    }

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_company (&r);
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  print_company (_("SASU (président assimilé salarié, per year)"), &r);
  ps_cli_print_lines (&r.payslip);
  return PS_CLI_OK;
}

int
ps_cli_cmd_eurl (const Options *o,
          GError       **error)
{
  g_auto (Context) c = { 0 };
  PsCompanyInputs in;
  PsCompanyResult r;
  double remuneration = 0;

  if (!ps_cli_require ("--remuneration-yearly", o->remuneration_yearly, error)
      || !ps_input_parse_field (PS_FIELD_REMUNERATION_YEARLY, "--remuneration-yearly", o->remuneration_yearly, &remuneration, error)
      || !ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  if (o->tax_regime != NULL && !g_str_equal (o->tax_regime, "is") && !g_str_equal (o->tax_regime, "ir"))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("--tax-regime: expected is or ir, got “%s”"), o->tax_regime);
      return PS_CLI_BAD_INPUT;
    }
  ps_company_inputs_init (&in, c.params);
  in.tax = c.tax;
  if (!ps_cli_opt_field (PS_FIELD_HEALTH_BUDGET_YEARLY, "--health-budget-yearly", o->health_budget_yearly, &in.health_yearly, error))
    return PS_CLI_BAD_INPUT;
  in.costs = 0;
  in.ir = o->tax_regime != NULL && g_str_equal (o->tax_regime, "ir");
  in.revenue = remuneration;
  in.pay = remuneration;
  ps_eurl_compute (c.params, &in, &r);

  if (o->json)
    {
      g_autoptr (cJSON) obj = ps_json_company (&r);
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  print_company (in.ir ? _("EURL at the income tax (gérant TNS, per year)") : _("EURL at the IS (gérant TNS, per year)"), &r);
  print_status_lines (r.tns.lines, r.tns.n_lines);
  return PS_CLI_OK;
}
