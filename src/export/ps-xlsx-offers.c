/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Offres" sheet: portage offers side by side (issue 11), one column
 * per offer. Each offer's terms are inputs of the sheet (its fee's rate,
 * flat amount, floor, cap and bands, the extras, the salary advance); its
 * portage is a sheet of its own, the Portage sheet's formulas with the
 * offer's fee, contract and réserve, its gross solved in cells by the same
 * bisection. The columns then compare what each leaves, the best usable
 * offer highlighted. An offer with an employer profile of its own has it
 * among its terms: its versement mobilité (its firm's city's, or a rate),
 * AT/MP, mutuelle and prévoyance are cells its sheet's payslip reads, its
 * headcount sets the payslip's lines. Its cells are named
 * "offer<k>_<key>" with the keys of portage-cli offers --json. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ps-xlsx-private.h"

typedef struct _PsOfferTerms
{
  PsCell pct;
  PsCell flat;
  PsCell floor;
  PsCell cap;
  PsCell upto[PS_MAX_FEE_BANDS];
  PsCell rate[PS_MAX_FEE_BANDS];
  PsCell extras;
  PsCell vm;        /* its own versement mobilité, or row −1 */
  PsCell share;
  PsCell cost;
  PsCell delay;
  gboolean has_prof; /* its own employer profile: @prof */
  PsOfferProfileCells prof;
} PsOfferTerms;

/* the firm's own versement mobilité (its city's, or a rate), if any */
static gboolean
has_own_vm (const PsOffer *o)
{
  return o->has_profile && (o->vm_city > 0 || !isnan (o->profile.vm_rate));
}

void
ps_xlsx_offers_create (PsXlsx *x)
{
  if (x->n_offers < 1 && x->quote == NULL)
    return;
  {
    /* Translators: the workbook's sheet of portage offers side by side */
    g_autofree char *name = g_strdup (_("Offers"));
    x->offers_sheet = ps_sheet_new (x, name);
  }
  for (int i = 0; i < x->n_offers; i++)
      {
        /* Translators: the sheet of one portage offer, by its place */
        g_autofree char *name = g_strdup_printf (_("Offer %d"), i + 1);
        x->offer_sheets[i] = ps_sheet_new (x, name);
      }
}

/* the fee alone (ps_portage_fee), on @revenue */
static PsX
fee_only_x (PsXlsx *x,
            PsX     revenue)
{
  const PsOffer *o = x->offer;
  const PsOfferTerms *t = x->offer_terms;
  PsX base, fee;

  if (!o->has_fee)
    return ps_xlsx_scenario_fee_x (x, revenue);
  if (o->fee_model == PS_FEE_FLAT && o->bands.n_bands == 0)
    return ps_x_min (x, cell (x, t->flat), revenue);
  base = o->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES
         ? ps_x_max (x, n (x, 0), ps_x_sub (x, revenue, nm (x, "expenses_monthly")))
         : revenue;
  if (o->bands.n_bands > 0 && o->bands.marginal)
    {
      /* each band at its rate */
      for (int i = 0; i < o->bands.n_bands; i++)
        {
          PsX upper = i == o->bands.n_bands - 1 ? base : ps_x_min (x, base, cell (x, t->upto[i]));
          PsX lower = i == 0 ? n (x, 0) : cell (x, t->upto[i - 1]);
          PsX term = ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, upper, lower)), cell (x, t->rate[i]));

          fee = i == 0 ? term : ps_x_add (x, fee, term);
        }
    }
  else if (o->bands.n_bands > 0)
    {
      /* the whole revenue at the rate of the band it reaches */
      fee = ps_x_mul (x, base, cell (x, t->rate[o->bands.n_bands - 1]));
      for (int i = o->bands.n_bands - 2; i >= 0; i--)
        fee = ps_x_if (x, ps_x_cmp (x, base, "<=", cell (x, t->upto[i])),
                       ps_x_mul (x, base, cell (x, t->rate[i])), fee);
    }
  else
    fee = ps_x_mul (x, base, cell (x, t->pct));
  fee = ps_x_if (x, ps_x_cmp (x, cell (x, t->floor), ">", n (x, 0)), ps_x_max (x, fee, cell (x, t->floor)), fee);
  fee = ps_x_if (x, ps_x_cmp (x, cell (x, t->cap), ">", n (x, 0)), ps_x_min (x, fee, cell (x, t->cap)), fee);
  return fee;
}

/* the extras and the advance's cost: a share of the revenue advanced, at a
 * rate a month of the client's payment delay */
static PsX
extras_x (PsXlsx *x,
          PsX     revenue)
{
  const PsOfferTerms *t = x->offer_terms;
  PsX advance = ps_x_mul (x, ps_x_mul (x, ps_x_mul (x, revenue, cell (x, t->share)), cell (x, t->cost)),
                          ps_x_div (x, cell (x, t->delay), n (x, 30)));

  return ps_x_add (x, cell (x, t->extras), advance);
}

PsX
ps_xlsx_offer_fees_x (PsXlsx *x,
                      PsX     revenue)
{
  const PsOfferTerms *t = x->offer_terms;
  PsX advance = ps_x_mul (x, ps_x_mul (x, ps_x_mul (x, revenue, cell (x, t->share)), cell (x, t->cost)),
                          ps_x_div (x, cell (x, t->delay), n (x, 30)));

  /* as the engine adds them: (fee + extras) + advance */
  return ps_x_add (x, ps_x_add (x, fee_only_x (x, revenue), cell (x, t->extras)), advance);
}

static const char *
model_text (const PsOffer *o)
{
  if (!o->has_fee)
    return _("the scenario’s");
  if (o->bands.n_bands > 0)
    return o->bands.marginal ? _("tiered, each band at its rate") : _("tiered, the whole at the band’s rate");
  switch (o->fee_model)
    {
    case PS_FEE_FLAT: return _("flat a month");
    case PS_FEE_PERCENT_NET_OF_EXPENSES: return _("percent of the revenue less expenses");
    case PS_FEE_PERCENT_REVENUE:
    default: return _("percent of the revenue");
    }
}

static const char *
contract_text (const PsOffer *o,
               const PsScenario *sc)
{
  gboolean cdd = o->has_contract ? o->cdd : sc->portage_cdd;
  gboolean reserve = o->has_reserve ? o->reserve : sc->reserve;

  if (cdd)
    return _("CDD (end-of-contract indemnity)");
  return reserve ? _("CDI with the réserve") : _("CDI without the réserve");
}

static void
name_offer (PsXlsx     *x,
            int         i,
            const char *key,
            PsCell      c)
{
  g_autofree char *name = g_strdup_printf ("offer%d_%s", i + 1, key);

  ps_define_name (x, name, c);
}

static PsCell
input_cell (PsXlsx     *x,
            int         row,
            int         col,
            double      value,
            lxw_format *fmt)
{
  PsSheet *s = x->offers_sheet;

  return ps_sheet_number (s, row, col, value, fmt);
}

static void
finish_sheet (PsXlsx  *x,
              PsSheet *s,
              int      quote_row,
              int      n_cols)
{
  ps_sheet_fit_columns (s, 0, 0, 30, 60);
  ps_sheet_fit_columns (s, 1, MAX (n_cols, 4), 14, 22);
  ps_sheet_print_setup (s, TRUE);
  /* the offers side by side on one page, the quote on the next */
  if (quote_row > 0)
    {
      lxw_row_t breaks[] = { quote_row, 0 };

      worksheet_set_h_pagebreaks (s->ws, breaks);
      worksheet_fit_to_pages (s->ws, 1, 2);
    }
  else
    worksheet_fit_to_pages (s->ws, 1, 1);
}

/* The quote checker (ps-quote): what the firm shows for a month, typed
 * (yellow), against the same month by the law (the application's
 * figures); the gaps are formulas of the quoted cells. Names
 * "quote_<key>_gap_monthly" with the keys of check-quote --json. */
static int
write_quote (PsXlsx *x,
             int     row)
{
  static const char *keys[PS_N_QUOTE_LINES] = {
    "fee", "extras", "employer_contributions", "gross", "employee_contributions",
    "net_before_tax", "net_after_tax",
  };
  const char *labels[PS_N_QUOTE_LINES] = {
    _("Management fee"), _("Other charges"), _("Employer contributions"), _("Gross salary"),
    _("Employee contributions"), _("Net before income tax"), _("Net after income tax"),
  };
  PsSheet *s = x->offers_sheet;
  const PsQuote *q = x->quote;
  g_autofree PsQuoteCheck *check = g_new0 (PsQuoteCheck, 1);
  g_auto (GStrv) findings = NULL;
  PsCell quoted[PS_N_QUOTE_LINES], revenue, net_before = ps_cell (NULL, -1, -1);

  ps_quote_check (x->p, &x->c->portage_inputs, q, check);
  findings = ps_quote_findings (q, check);

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("A firm’s quote, checked by the law"), x->fmt.section);
  ps_sheet_string (s, row, 0, "", x->fmt.header_left);
  ps_sheet_string (s, row, 1, _("Quoted, a month"), x->fmt.header);
  ps_sheet_string (s, row, 2, _("By the law, a month"), x->fmt.header);
  ps_sheet_string (s, row, 3, _("Gap, a month"), x->fmt.header);
  ps_sheet_string (s, row, 4, _("Gap, a year"), x->fmt.header);
  ps_sheet_header_row (s, row, 2);
  row++;
  ps_sheet_string (s, row, 0, _("Revenue excl. VAT, a month"), x->fmt.label);
  revenue = ps_sheet_number (s, row, 1, q->revenue, x->fmt.money_input);
  ps_sheet_number (s, row, 2, check->portage.revenue, x->fmt.money);
  row++;
  for (int i = 0; i < PS_N_QUOTE_LINES; i++, row++)
    {
      g_autofree char *name_m = g_strdup_printf ("quote_%s_gap_monthly", keys[i]);
      g_autofree char *name_y = g_strdup_printf ("quote_%s_gap_yearly", keys[i]);
      PsCell ours;

      ps_sheet_string (s, row, 0, labels[i], i == PS_QUOTE_NET_BEFORE_TAX ? x->fmt.label_total : x->fmt.label);
      ours = ps_sheet_number (s, row, 2, check->ours[i], x->fmt.money);
      if (isnan (q->lines[i]))
        {
          /* the quote doesn't say */
          ps_sheet_string (s, row, 1, "—", x->fmt.text_right);
          quoted[i] = ps_cell (NULL, -1, -1);
          continue;
        }
      quoted[i] = ps_sheet_number (s, row, 1, q->lines[i], x->fmt.money_input);
      {
        PsCell gm = ps_sheet_formula (s, row, 3, ps_x_sub (x, cell (x, quoted[i]), cell (x, ours)), x->fmt.money);
        PsCell gy = ps_sheet_formula (s, row, 4, ps_x_mul (x, cell (x, gm), n (x, 12)), x->fmt.money);

        ps_define_name (x, name_m, gm);
        ps_define_name (x, name_y, gy);
      }
    }
  net_before = quoted[PS_QUOTE_NET_BEFORE_TAX];
  ps_sheet_string (s, row, 0, _("Net before tax / revenue (restitution, without the réserve)"), x->fmt.label);
  if (net_before.sheet != NULL)
    {
      PsCell r = ps_sheet_formula (s, row, 1,
                                   ps_x_if (x, ps_x_cmp (x, cell (x, revenue), ">", n (x, 0)),
                                            ps_x_div (x, cell (x, net_before), cell (x, revenue)), n (x, 0)),
                                   x->fmt.percent);
      ps_define_name (x, "quote_restitution_quoted", r);
    }
  else
    ps_sheet_string (s, row, 1, "—", x->fmt.text_right);
  ps_sheet_number (s, row, 2, check->restitution_ours, x->fmt.percent);
  row++;
  ps_sheet_string (s, row, 0, _("On the quoted gross, the law asks: employer contributions"), x->fmt.label);
  ps_sheet_number (s, row++, 2, check->legal_employer, x->fmt.money);
  ps_sheet_string (s, row, 0, _("On the quoted gross, the law asks: employee contributions"), x->fmt.label);
  ps_sheet_number (s, row++, 2, check->legal_employee, x->fmt.money);
  ps_sheet_string (s, row, 0, _("The réserve and its contributions, a month"), x->fmt.label);
  ps_sheet_number (s, row++, 2, check->reserve_expected, x->fmt.money);
  row++;
  if (findings[0] == NULL)
    ps_sheet_string (s, row++, 0, _("Nothing the law doesn’t explain."), x->fmt.note);
  for (int i = 0; findings[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("⚠ %s", findings[i]);

      ps_sheet_string (s, row++, 0, line, x->fmt.warning);
    }
  ps_sheet_string (s, row++, 0, _("“By the law” and the findings are the application’s figures for the exported inputs; the gaps follow the quoted cells."),
                   x->fmt.note);
  return row;
}

/* the contribution lines of a payslip for @profile (ps_payslip's) */
static gboolean
applies_to (const PsContribution    *c,
            const PsEmployerProfile *profile)
{
  if (c->cadre_only && !profile->cadre)
    return FALSE;
  if (c->non_cadre_only && profile->cadre)
    return FALSE;
  return profile->headcount >= c->headcount_min && profile->headcount <= c->headcount_max;
}

/* An offer's own employer profile, from @row: its fields are inputs, those
 * it doesn't give the Summary's (formulas) or the scenario's; its
 * headcount sets which lines its payslip has (not an input). */
static void
write_profile (PsXlsx        *x,
               const PsOffer *o,
               PsOfferTerms  *t,
               int            row,
               int            col)
{
  PsSheet *s = x->offers_sheet;
  const PsEmployerProfile *own = &o->profile;
  PsEmployerProfile eff;
  PsOfferProfileCells *c = &t->prof;
  int r = row;

  t->has_prof = o->has_profile;
  if (!o->has_profile)
    {
      for (int k = 0; k < 7; k++)
        ps_sheet_string (s, row + k, col, "—", x->fmt.text_right);
      return;
    }
  ps_offer_profile (x->p, &x->c->scenario, o, &eff);
  ps_sheet_number (s, r++, col, eff.headcount, x->fmt.number);
  c->atmp = !isnan (own->atmp_rate) ? input_cell (x, r, col, eff.atmp_rate, x->fmt.percent_input)
                                     : ps_sheet_formula (s, r, col, nm (x, "atmp_rate"), x->fmt.percent);
  r++;
  c->mutuelle = !isnan (own->mutuelle_monthly) ? input_cell (x, r, col, eff.mutuelle_monthly, x->fmt.money_input)
                                               : ps_sheet_formula (s, r, col, nm (x, "mutuelle_monthly"), x->fmt.money);
  r++;
  c->mutuelle_share = !isnan (own->mutuelle_employer_rate)
                      ? input_cell (x, r, col, eff.mutuelle_employer_rate, x->fmt.percent_input)
                      : ps_sheet_formula (s, r, col, nm (x, "mutuelle_employer_share"), x->fmt.percent);
  r++;
  c->prevoyance_pct = input_cell (x, r++, col, eff.prevoyance_rate, x->fmt.percent_input);
  c->prevoyance_monthly = input_cell (x, r++, col, eff.prevoyance_monthly, x->fmt.money_input);
  c->prevoyance_share = input_cell (x, r++, col, eff.prevoyance_employer_rate, x->fmt.percent_input);
  c->slip.officer = FALSE;
  c->slip.small = eff.headcount < 50;
  for (int i = 0; i < x->p->n_contributions; i++)
    c->slip.applies[i] = applies_to (&x->p->contributions[i], &eff);
  name_offer (x, (int) (o - x->offers), "headcount", ps_cell (s, row, col));
  name_offer (x, (int) (o - x->offers), "atmp_pct", c->atmp);
  name_offer (x, (int) (o - x->offers), "mutuelle_monthly", c->mutuelle);
  name_offer (x, (int) (o - x->offers), "mutuelle_employer_pct", c->mutuelle_share);
  name_offer (x, (int) (o - x->offers), "prevoyance_pct", c->prevoyance_pct);
  name_offer (x, (int) (o - x->offers), "prevoyance_monthly", c->prevoyance_monthly);
  name_offer (x, (int) (o - x->offers), "prevoyance_employer_pct", c->prevoyance_share);
}

/* The Offres sheet's title and each offer's terms (inputs), before the
 * status sheets: the Portage sheet uses the scenario's current offer's. */
void
ps_xlsx_write_offer_terms (PsXlsx *x)
{
  PsSheet *s = x->offers_sheet;
  const PsScenario *sc = &x->c->scenario;
  PsOfferTerms *terms;
  int max_bands = 0, row = 3, header;

  if (s == NULL || x->n_offers < 1)
    return;
  terms = x->offers_terms = g_new0 (PsOfferTerms, x->n_offers);
  for (int i = 0; i < x->n_offers; i++)
    max_bands = MAX (max_bands, x->offers[i].bands.n_bands);

  ps_sheet_begin (s);
  ps_xlsx_title (x, _("Portage offers side by side"),
                 _("Each offer on the Summary’s day rate and days: its terms are inputs (yellow), its portage is computed on its own sheet with the Portage sheet’s formulas and its gross solved in cells. The best usable offer is highlighted."));

  header = row;
  ps_sheet_string (s, header, 0, "", x->fmt.header_left);
  for (int i = 0; i < x->n_offers; i++)
    ps_sheet_string (s, header, 1 + i, x->offers[i].name, x->fmt.header);
  ps_sheet_header_row (s, header, 2);
  row++;

  /* the terms */
  ps_sheet_string (s, row++, 0, _("Terms of the offer"), x->fmt.section);
  {
    int r0 = row;
    const char *labels[] = {
      _("Fee model"), _("Fee rate"), _("Flat fee, a month"), _("Fee floor, a month (0: none)"),
      _("Fee cap, a month (0: none)"),
    };

    for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
      ps_sheet_string (s, r0 + k, 0, labels[k], x->fmt.label);
    row = r0 + G_N_ELEMENTS (labels);
    for (int b = 0; b < max_bands; b++)
      {
        /* Translators: a band of a tiered fee, by its place */
        g_autofree char *upto = g_strdup_printf (_("Band %d: up to, a month of revenue"), b + 1);
        g_autofree char *rate = g_strdup_printf (_("Band %d: rate"), b + 1);

        ps_sheet_string (s, row + 2 * b, 0, upto, x->fmt.label);
        ps_sheet_string (s, row + 2 * b + 1, 0, rate, x->fmt.label);
      }
    row += 2 * max_bands;
    {
      const char *more[] = {
        _("Extras, a month (insurance, frais annexes)"), _("Salary advance: share of the revenue advanced"),
        _("Salary advance: its cost a month of delay"), _("Salary advance: the client’s payment delay (days)"),
        _("Contract"), _("Versement mobilité of the firm’s city"), _("Employer profile"),
        _("Employer headcount"), _("AT/MP rate (workplace accidents)"), _("Health insurance premium per month"),
        _("Employer share of the premium"), _("Prévoyance: rate of the gross up to the PMSS"),
        _("Prévoyance: amount a month"), _("Prévoyance: the employer’s share"),
      };

      for (guint k = 0; k < G_N_ELEMENTS (more); k++)
        ps_sheet_string (s, row + k, 0, more[k], x->fmt.label);
    }

    for (int i = 0; i < x->n_offers; i++)
      {
        const PsOffer *o = &x->offers[i];
        PsOfferTerms *t = &terms[i];
        int col = 1 + i, r = r0;

        gboolean flat = o->has_fee && o->fee_model == PS_FEE_FLAT && o->bands.n_bands == 0;
        gboolean percent = o->has_fee && !flat && o->bands.n_bands == 0;

        ps_sheet_string (s, r++, col, model_text (o), x->fmt.fixed);
        /* only the terms the model uses (the scenario's fee: the Summary's) */
        if (percent)
          t->pct = input_cell (x, r, col, o->fee_rate, x->fmt.percent_input);
        else
          ps_sheet_string (s, r, col, "—", x->fmt.text_right);
        r++;
        if (flat)
          t->flat = input_cell (x, r, col, o->fee_flat_monthly, x->fmt.money_input);
        else
          ps_sheet_string (s, r, col, "—", x->fmt.text_right);
        r++;
        if (o->has_fee && !flat)
          {
            t->floor = input_cell (x, r++, col, o->fee_floor_monthly, x->fmt.money_input);
            t->cap = input_cell (x, r++, col, o->fee_cap_monthly, x->fmt.money_input);
          }
        else
          {
            ps_sheet_string (s, r++, col, "—", x->fmt.text_right);
            ps_sheet_string (s, r++, col, "—", x->fmt.text_right);
          }
        for (int b = 0; b < max_bands; b++, r += 2)
          {
            if (b >= o->bands.n_bands)
              {
                ps_sheet_string (s, r, col, "—", x->fmt.text_right);
                ps_sheet_string (s, r + 1, col, "—", x->fmt.text_right);
                continue;
              }
            if (b == o->bands.n_bands - 1)
              ps_sheet_string (s, r, col, _("no limit"), x->fmt.fixed);
            else
              t->upto[b] = input_cell (x, r, col, o->bands.upto[b], x->fmt.money_input);
            t->rate[b] = input_cell (x, r + 1, col, o->bands.rate[b], x->fmt.percent_input);
          }
        t->extras = input_cell (x, r++, col, o->extras_monthly, x->fmt.money_input);
        t->share = input_cell (x, r++, col, o->advance_share, x->fmt.percent_input);
        t->cost = input_cell (x, r++, col, o->advance_cost_rate, x->fmt.percent_input);
        t->delay = input_cell (x, r++, col, o->payment_delay_days, x->fmt.number_input);
        ps_sheet_string (s, r++, col, contract_text (o, sc), x->fmt.fixed);
        t->vm = ps_cell (NULL, -1, -1);
        if (has_own_vm (o))
          {
            /* its city's rate in the year's rates, or the rate it gives */
            double vm = o->vm_city > 0 && o->vm_city <= PS_N_VM_CITIES ? x->p->vm_city_rate[o->vm_city - 1]
                                                                        : o->profile.vm_rate;

            t->vm = input_cell (x, r++, col, vm, x->fmt.percent_input);
          }
        else
          ps_sheet_string (s, r++, col, "—", x->fmt.text_right);
        ps_sheet_string (s, r++, col,
                         o->has_profile ? _("its own (below)") : _("the scenario’s"), x->fmt.fixed);
        write_profile (x, o, t, r, col);
      }
    row += 14;
  }
  row++;

  x->offers_header_row = header;
  x->offers_row = row;
  if (x->portage_offer != NULL)
    {
      PsOfferTerms *t = &terms[x->portage_offer - x->offers];

      x->portage_terms = t;
      x->portage_prof = t->has_prof ? &t->prof : NULL;
      x->portage_vm = t->vm;
    }
}

void
ps_xlsx_write_offers (PsXlsx *x)
{
  PsSheet *s = x->offers_sheet;
  g_autofree PsOfferTerms *terms = NULL;
  PsCell net_yearly[PS_MAX_OFFERS], eligible[PS_MAX_OFFERS];
  PsCell sheet_revenue[PS_MAX_OFFERS], sheet_gross[PS_MAX_OFFERS], sheet_employer[PS_MAX_OFFERS];
  PsCell sheet_net_before_tax[PS_MAX_OFFERS], sheet_eligible[PS_MAX_OFFERS];
  int row = 3, header, results, best_row, quote_row;
  enum { R_REVENUE, R_FEE, R_EXTRAS, R_GROSS, R_EMPLOYER, R_NET_BEFORE_TAX, R_NET_MONTHLY, R_NET_YEARLY,
         R_FEE_YEARLY, R_EXTRAS_YEARLY, R_RESTITUTION, R_QUOTED, R_ELIGIBLE, N_RESULTS };
  const char *result_labels[N_RESULTS] = {
    _("Revenue excl. VAT, a month"), _("Management fee, a month"), _("Extras and the advance’s cost, a month"),
    _("Gross salary, a month"), _("Employer contributions, a month"), _("Net before income tax, a month"),
    _("Net after income tax, a month (réserve counted, as compared)"), _("Net after income tax, a year"),
    _("Fee, a year"), _("Extras and advance, a year"), _("Net before tax / revenue (restitution, without the réserve)"),
    _("Quoted by the firm"), _("Can be used"),
  };
  const char *keys[N_RESULTS] = {
    "revenue_monthly", "fee_monthly", "extras_monthly", "gross_monthly", "employer_contributions_monthly",
    "net_before_tax_monthly", "net_after_tax_monthly", "net_after_tax_yearly", "fee_yearly", "extras_yearly",
    "restitution", NULL, "eligible",
  };

  if (s == NULL)
    return;
  if (x->n_offers < 1)
    {
      /* a quote alone */
      ps_sheet_begin (s);
      ps_xlsx_title (x, _("Checking a portage firm’s quote"),
                     _("The month a firm’s simulation or payslip shows, recomputed by the law from the same revenue, fee and charges, with the scenario’s employer profile and contract."));
      row = write_quote (x, row);
      finish_sheet (x, s, 0, 1);
      return;
    }
  terms = g_steal_pointer (&x->offers_terms);
  header = x->offers_header_row;
  row = x->offers_row;

  /* each offer's portage, on its sheet */
  for (int i = 0; i < x->n_offers; i++)
    if (x->offer_sheets[i] != NULL)
      {
        PsStatusCells out;

        for (int f = 0; f < PS_N_FIELDS; f++)
          out.cell[f] = ps_cell (NULL, -1, -1);
        x->offer = &x->offers[i];
        x->offer_sheet = x->offer_sheets[i];
        x->offer_terms = &terms[i];
        x->offer_vm = terms[i].vm;
        x->offer_prof = terms[i].has_prof ? &terms[i].prof : NULL;
        ps_xlsx_write_portage (x, PS_STATUS_PORTAGE, &out);
        x->offer_vm = ps_cell (NULL, -1, -1);
        x->offer_prof = NULL;
        net_yearly[i] = out.cell[PS_FIELD_NET_AFTER_TAX];
        sheet_revenue[i] = x->offer_revenue;
        sheet_gross[i] = x->offer_gross;
        sheet_employer[i] = x->offer_employer;
        sheet_net_before_tax[i] = x->offer_net_before_tax;
        sheet_eligible[i] = x->offer_eligible;
        x->offer = NULL;
        x->offer_sheet = NULL;
      }

  /* the results */
  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("What each offer leaves"), x->fmt.section);
  results = row;
  for (int k = 0; k < N_RESULTS; k++)
    ps_sheet_string (s, results + k, 0, result_labels[k], k == R_NET_YEARLY ? x->fmt.label_total : x->fmt.label);
  for (int i = 0; i < x->n_offers; i++)
    {
      const PsOffer *o = &x->offers[i];
      int col = 1 + i;
      PsCell c[N_RESULTS];

      if (x->offer_sheets[i] != NULL)
        {
          PsX rev;

          x->offer = o;
          x->offer_terms = &terms[i];
          c[R_REVENUE] = ps_sheet_formula (s, results + R_REVENUE, col, cell (x, sheet_revenue[i]), x->fmt.money);
          rev = cell (x, c[R_REVENUE]);
          c[R_FEE] = ps_sheet_formula (s, results + R_FEE, col, fee_only_x (x, rev), x->fmt.money);
          c[R_EXTRAS] = ps_sheet_formula (s, results + R_EXTRAS, col, extras_x (x, rev), x->fmt.money);
          x->offer = NULL;
          c[R_GROSS] = ps_sheet_formula (s, results + R_GROSS, col, cell (x, sheet_gross[i]), x->fmt.money);
          c[R_EMPLOYER] = ps_sheet_formula (s, results + R_EMPLOYER, col, cell (x, sheet_employer[i]), x->fmt.money);
          c[R_NET_BEFORE_TAX] = ps_sheet_formula (s, results + R_NET_BEFORE_TAX, col, cell (x, sheet_net_before_tax[i]), x->fmt.money);
          c[R_NET_YEARLY] = ps_sheet_formula (s, results + R_NET_YEARLY, col, cell (x, net_yearly[i]), x->fmt.money_total);
          c[R_NET_MONTHLY] = ps_sheet_formula (s, results + R_NET_MONTHLY, col,
                                               ps_x_div (x, cell (x, c[R_NET_YEARLY]), n (x, 12)), x->fmt.money);
          c[R_FEE_YEARLY] = ps_sheet_formula (s, results + R_FEE_YEARLY, col, ps_x_mul (x, cell (x, c[R_FEE]), n (x, 12)),
                                              x->fmt.money);
          c[R_EXTRAS_YEARLY] = ps_sheet_formula (s, results + R_EXTRAS_YEARLY, col,
                                                 ps_x_mul (x, cell (x, c[R_EXTRAS]), n (x, 12)), x->fmt.money);
          c[R_RESTITUTION] = ps_sheet_formula (s, results + R_RESTITUTION, col,
                                               ps_x_if (x, ps_x_cmp (x, rev, ">", n (x, 0)),
                                                        ps_x_div (x, cell (x, c[R_NET_BEFORE_TAX]), rev), n (x, 0)),
                                               x->fmt.percent);
          c[R_ELIGIBLE] = ps_sheet_formula (s, results + R_ELIGIBLE, col, cell (x, sheet_eligible[i]), x->fmt.check);
        }
      if (isnan (o->quoted_restitution))
        ps_sheet_string (s, results + R_QUOTED, col, "—", x->fmt.text_right);
      else
        ps_sheet_number (s, results + R_QUOTED, col, o->quoted_restitution, x->fmt.percent);
      for (int k = 0; k < N_RESULTS; k++)
        if (keys[k] != NULL)
          name_offer (x, i, keys[k], c[k]);
      net_yearly[i] = c[R_NET_YEARLY];
      eligible[i] = c[R_ELIGIBLE];
    }
  row = results + N_RESULTS;

  /* the best usable offer (as the engine: the first of the highest net
   * among those that can be used and leave something) */
  {
    PsX v[PS_MAX_OFFERS], top;
    g_autoptr (GString) text = g_string_new ("MAX(");
    double max = 0;
    lxw_conditional_format cf = { 0 };
    g_autofree char *rule = NULL;
    PsX earlier = n (x, 0);

    best_row = row;
    for (int i = 0; i < x->n_offers; i++)
      {
        v[i] = ps_x_if (x, ps_x_cmp (x, cell (x, eligible[i]), "=", ps_x_str (x, _("yes"))), cell (x, net_yearly[i]),
                        n (x, -1e14));
        g_string_append_printf (text, "%s%s", i > 0 ? "," : "", v[i].f);
        max = i == 0 ? v[i].v : MAX (max, v[i].v);
      }
    g_string_append_c (text, ')');
    top = ps_x_raw (x, text->str, max);
    ps_sheet_string (s, best_row, 0, _("Best usable offer"), x->fmt.label_total);
    ps_sheet_string (s, best_row + 1, 0, _("Difference with the best, a year"), x->fmt.label);
    for (int i = 0; i < x->n_offers; i++)
      {
        PsX is_best = ps_x_and (x, ps_x_and (x, ps_x_cmp (x, v[i], "=", top), ps_x_cmp (x, top, ">", n (x, 0))),
                                ps_x_cmp (x, earlier, "=", n (x, 0)));
        PsCell b = ps_sheet_formula (s, best_row, 1 + i, ps_x_if (x, is_best, ps_x_str (x, "★"), ps_x_str (x, "")),
                                     x->fmt.best_right);
        PsCell d = ps_sheet_formula (s, best_row + 1, 1 + i,
                                     ps_x_if (x, ps_x_cmp (x, top, ">", n (x, 0)),
                                              ps_x_sub (x, cell (x, net_yearly[i]), top), n (x, 0)),
                                     x->fmt.money);

        name_offer (x, i, "best", b);
        name_offer (x, i, "vs_best_yearly", d);
        /* an earlier offer already best */
        earlier = i == 0 ? ps_x_if (x, is_best, n (x, 1), n (x, 0))
                         : ps_x_if (x, is_best, n (x, 1), earlier);
      }
    rule = g_strdup_printf ("=B$%d=\"★\"", best_row + 1);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = rule;
    cf.format = x->fmt.best;
    worksheet_conditional_format_range (s->ws, results, 1, best_row, x->n_offers, &cf);
    row = best_row + 3;
  }

  {
    /* long: wrapped within the printed columns */
    g_autofree char *note = ps_xlsx_typo (x, _("The fee, the extras and the advance’s cost come out of the revenue before the envelope; each offer’s sheet shows its month line by line and the search for its gross."));

    worksheet_merge_range (s->ws, row, 0, row, MAX (x->n_offers, 4), note, x->fmt.note_wrap);
    worksheet_set_row (s->ws, row, 27, NULL);
    row++;
  }

  quote_row = x->quote != NULL ? row + 1 : 0;
  if (x->quote != NULL)
    row = write_quote (x, quote_row);
  worksheet_freeze_panes (s->ws, header + 1, 1);
  finish_sheet (x, s, quote_row, x->n_offers);
}
