/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-micro"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-micro.h"
#include "ps-money.h"

void
ps_micro_compute (const PsParams      *p,
                  const PsMicroInputs *in,
                  PsMicroResult       *out)
{
  double ca = MAX (0.0, ps_round_euros (in->revenue_yearly));
  double rate = p->micro_bnc_rate;
  double social_monthly, cfp_monthly;
  PsLine *l;

  memset (out, 0, sizeof *out);
  out->revenue = in->revenue_yearly;
  if (in->acre)
    rate = ps_round_to (p->micro_acre_share * rate * 100, p->micro_acre_decimals) / 100;
  out->social_rate = rate;

  /* As declared: monthly, the contributions rounded to the euro. */
  social_monthly = ps_round_euros (rate * ca / 12);
  cfp_monthly = p->micro_cfp_rate * ca / 12;
  out->social = social_monthly * 12;
  out->cfp = cfp_monthly * 12;
  out->contributions = out->social + out->cfp;
  out->net_before_tax = ps_round_euros (in->revenue_yearly - out->contributions);

  if (in->vl)
    out->income_tax = p->micro_vl_rate * ca;
  else
    {
      double abatement = MAX (p->micro_abatement_rate * ca, p->micro_abatement_min);

      out->taxable_income = MAX (0.0, ca - abatement);
      if (in->tax.method == PS_TAX_RATE)
        out->income_tax = in->tax.rate * out->taxable_income;
      else /* the PAS neutral grid is for salaries: the scale applies */
        out->income_tax = ps_income_tax_bareme (p, out->taxable_income, in->tax.parts);
    }
  out->net_after_tax = ps_round_euros (out->net_before_tax - out->income_tax);
  /* health cover and prévoyance come out of the net: no deduction in
   * micro (CGI art. 102 ter: the abatement stands for every cost) */
  ps_health_compute (p, in->health_yearly, 0, FALSE, 0, &out->health);
  out->net_before_tax -= out->health.paid;
  out->net_after_tax -= out->health.paid;
  out->vl_rfr_limit = p->micro_vl_rfr_limit_per_part * MAX (1.0, in->tax.parts);
  out->threshold = p->micro_threshold;
  out->vat_franchise = p->vat_franchise;
  out->vat_franchise_high = p->vat_franchise_high;

  if (ca > p->micro_threshold)
    out->warnings |= PS_MICRO_WARN_THRESHOLD;
  if (ca > p->vat_franchise_high)
    out->warnings |= PS_MICRO_WARN_VAT_HIGH;
  else if (ca > p->vat_franchise)
    out->warnings |= PS_MICRO_WARN_VAT;

  l = &out->lines[out->n_lines++];
  l->id = "micro_social";
  l->label = in->acre ? "Cotisations sociales (taux ACRE)" : "Cotisations sociales";
  l->source = "CSS art. L613-7 et D613-4";
  l->branch = PS_BRANCH_OTHER;
  l->base = ca;
  l->employee_rate = rate;
  l->employee = out->social;
  l = &out->lines[out->n_lines++];
  l->id = "micro_cfp";
  l->label = "Contribution à la formation professionnelle";
  l->source = "CGI art. 1609 quatervicies B";
  l->branch = PS_BRANCH_OTHER;
  l->base = ca;
  l->employee_rate = p->micro_cfp_rate;
  l->employee = out->cfp;
  if (in->vl)
    {
      l = &out->lines[out->n_lines++];
      l->id = "micro_vl";
      l->label = "Versement libératoire de l’impôt sur le revenu";
      l->source = "CGI art. 151-0";
      l->branch = PS_BRANCH_OTHER;
      l->base = ca;
      l->employee_rate = p->micro_vl_rate;
      l->employee = out->income_tax;
    }
}

char **
ps_micro_warning_messages (const PsMicroResult *r)
{
  GPtrArray *msgs = g_ptr_array_new ();
  /* whole euros in a sentence: "83 600 €" */
  g_autofree char *threshold = ps_format_money_prose (r->threshold);
  g_autofree char *vat = ps_format_money_prose (r->vat_franchise);
  g_autofree char *vat_high = ps_format_money_prose (r->vat_franchise_high);

  if (r->warnings & PS_MICRO_WARN_THRESHOLD)
    g_ptr_array_add (msgs, g_strdup_printf (_("The revenue is above the micro-entreprise ceiling of %s: after two years above it, the business leaves the micro regime."), threshold));
  if (r->warnings & PS_MICRO_WARN_VAT_HIGH)
    g_ptr_array_add (msgs, g_strdup_printf (_("The revenue is above %s: VAT is due from the day the threshold is crossed (bill the day rate plus 20%% VAT from then on)."), vat_high));
  else if (r->warnings & PS_MICRO_WARN_VAT)
    g_ptr_array_add (msgs, g_strdup_printf (_("The revenue is above the VAT franchise of %s: VAT is due from next year (bill the day rate plus 20%% VAT)."), vat));
  g_ptr_array_add (msgs, NULL);
  return (char **) g_ptr_array_free (msgs, FALSE);
}
