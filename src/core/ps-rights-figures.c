/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-rights-figures"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-money.h"
#include "ps-rights-figures.h"

/* The sources of the rates keys @keys (NULL-terminated), one a line,
 * each once. */
static char *
sources_of (PsRates           *rates,
            const char * const *keys)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();

  if (rates == NULL)
    return g_strdup ("");
  for (int i = 0; keys[i] != NULL; i++)
    {
      const char *source = ps_rates_get_source (rates, keys[i]);

      if (source == NULL || g_ptr_array_find_with_equal_func (seen, source, g_str_equal, NULL))
        continue;
      g_ptr_array_add (seen, (gpointer) source);
      g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", source);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
money (double value)
{
  return ps_format_money (value);
}

/* @text (freed) with its spaces made no-break: a value shown beside its
 * row wraps between its parts, never inside an amount and its unit
 * ("≈ 41,41 € a / month"). */
static char *
unbroken (char *text)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (const char *c = text; *c != '\0'; c++)
    if (*c == ' ')
      g_string_append (out, "\u00a0");
    else
      g_string_append_c (out, *c);
  g_free (text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
percent (double rate)
{
  return ps_format_percent (rate * 100, 2);
}

static void
quarters (const PsParams *p,
          PsRates        *rates,
          const PsRights *r,
          PsRightsFigure *f)
{
  static const char * const keys[] = { "pension_quarter_smic_hours", "pension_max_quarters", NULL };
  g_autofree char *threshold = money (r->quarter_threshold);
  g_autofree char *earnings = money (r->pension_earnings);
  g_autofree char *smic = money (p->smic_hourly_year_start);

  f->title = _("Base pension quarters");
  /* Translators: quarters validated, of the most a year can validate */
  f->value = unbroken (g_strdup_printf (_("%d of %d"), r->pension_quarters, (int) p->pension_max_quarters));
  f->none = r->pension_quarters == 0;
  if (r->notes & PS_RIGHTS_NOTE_NO_SALARY)
    f->detail = g_strdup (_("No salary: dividends validate no quarter"));
  else
    /* Translators: the earnings a status's year counts for the base pension */
    f->detail = g_strdup_printf (_("On %s of earnings counted this year"), earnings);
  /* Translators: the rule of the quarters; an amount, the SMIC, a number */
  f->rule = g_strdup_printf (_("One quarter for each %s of earnings subject to the old-age contributions "
                               "(%.0f hours of SMIC at %s on 1 January), %d at most a year. Employees and "
                               "a président count their gross salary, a porté his réserve with it (paid as "
                               "salary); an indépendant the base "
                               "of his contributions (the minimum base at least); a micro-entrepreneur his "
                               "revenue less the abatement. Dividends count for nothing."),
                             threshold, p->pension_quarter_smic_hours, smic, (int) p->pension_max_quarters);
  f->source = sources_of (rates, keys);
}

static void
pension (const PsParams *p,
         PsRates        *rates,
         const PsRights *r,
         PsPeriod        period,
         PsRightsFigure *f)
{
  static const char * const agirc[] = {
    "agirc_arrco_t1_points_pct", "agirc_arrco_t2_points_pct", "agirc_arrco_point_price",
    "agirc_arrco_point_value", NULL
  };
  static const char * const rci[] = { "rci_point_price", "rci_point_value", "micro_rci_share_pct", NULL };
  g_autofree char *pension = money (ps_period_of_yearly (period, r->pension_yearly_accrued));
  g_autofree char *points = ps_format_number (r->points, 2);
  g_autofree char *price = ps_format_number (r->point_price, 4);
  g_autofree char *value = ps_format_number (r->point_value, 4);
  g_autofree char *bought = money (r->points_contribution);

  f->title = _("Complementary pension");
  f->none = r->scheme == PS_PENSION_SCHEME_NONE || r->points <= 0;
  if (r->scheme == PS_PENSION_SCHEME_NONE)
    {
      f->value = g_strdup (_("None"));
      f->detail = g_strdup (_("No salary: no point; dividends buy none"));
      f->rule = g_strdup (_("Agirc-Arrco points are bought by the contributions on a salary; dividends bear none."));
      f->source = sources_of (rates, agirc);
      return;
    }
  f->value = period == PS_PERIOD_YEAR
             /* Translators: a yearly pension bought by this year's points */
             ? unbroken (g_strdup_printf (_("≈ %s a year"), pension))
             /* Translators: a monthly pension bought by this year's points */
             : unbroken (g_strdup_printf (_("≈ %s a month"), pension));
  if (r->scheme == PS_PENSION_SCHEME_AGIRC_ARRCO)
    {
      g_autofree char *t1 = percent (p->agirc_arrco_t1_points_rate);
      g_autofree char *t2 = percent (p->agirc_arrco_t2_points_rate);

      /* Translators: Agirc-Arrco points, what bought them, the point's price */
      f->detail = g_strdup_printf (_("%s Agirc-Arrco points: %s of contributions at %s € the point"),
                                   points, bought, price);
      /* Translators: the rule of the Agirc-Arrco points; two rates, a price and a value */
      f->rule = g_strdup_printf (_("Points = (salary up to the PASS × %s + salary from 1 to 8 PASS × %s) ÷ the "
                                   "purchase price (%s €); pension = points × the service value (%s €), "
                                   "at the full rate."),
                                 t1, t2, price, value);
      f->source = sources_of (rates, agirc);
    }
  else
    {
      /* Translators: RCI points, what bought them, the point's price */
      f->detail = g_strdup_printf (_("%s RCI points: %s of contributions at %s € the point"),
                                   points, bought, price);
      /* Translators: the rule of the RCI points; a price and a value */
      f->rule = g_strdup_printf (_("Points = the complementary pension contribution (RCI) paid ÷ the purchase "
                                   "price (%s €); pension = points × the service value (%s €), at the full "
                                   "rate. A micro-entrepreneur’s RCI contribution is a fixed share of his "
                                   "contributions."),
                                 price, value);
      f->source = sources_of (rates, rci);
    }
}

static void
are (const PsParams *p,
     PsRates        *rates,
     const PsRights *r,
     PsRightsFigure *f)
{
  static const char * const keys[] = {
    "are_high_pct", "are_fixed_part", "are_minimum", "are_duration_coefficient_pct", "are_max_days",
    "are_degressive_pct", "arce_pct", NULL
  };

  f->title = _("Unemployment allowance (ARE)");
  f->none = !r->are_eligible || r->are_days <= 0;
  if (f->none)
    {
      g_autofree char *arce = percent (p->arce_rate);

      f->value = g_strdup (_("None"));
      if (r->status == PS_STATUS_MICRO)
        f->detail = g_strdup (_("A micro-entrepreneur is not insured against unemployment"));
      else if (r->status == PS_STATUS_SASU || r->status == PS_STATUS_EURL)
        f->detail = g_strdup (_("A company officer (président, gérant) is outside the Unédic"));
      else
        f->detail = g_strdup (_("No salary this year"));
      /* Translators: the rights of a creator; a percentage */
      f->rule = g_strdup_printf (_("Only an employee’s involuntary end of contract opens the ARE. Rights earned in "
                                   "an earlier job can be kept while starting a company (within %s of the "
                                   "remaining rights) or taken as a capital instead (ARCE, %s of them, in two "
                                   "payments)."),
                                 arce, arce);
      f->source = sources_of (rates, keys);
      return;
    }
  {
    g_autofree char *daily = money (r->are_daily);
    g_autofree char *sjr = money (r->are_sjr);
    g_autofree char *low = percent (p->are_low_rate);
    g_autofree char *fixed = money (p->are_fixed_part);
    g_autofree char *high = percent (p->are_high_rate);
    g_autofree char *minimum = money (p->are_minimum);
    g_autofree char *cap = percent (p->are_cap_sjr_rate);
    g_autofree char *coefficient = ps_format_number (p->are_duration_coefficient, 2);
    g_autofree char *threshold = money (p->are_degressive_threshold);
    g_autofree char *degressive = percent (p->are_degressive_rate);

    /* the allowance, then its duration: may wrap between them only */
    g_autofree char *per_day = unbroken (g_strdup_printf (_("%s a day"), daily));
    /* Translators: how long the unemployment allowance is paid, after
     * “41,41 € a day” */
    g_autofree char *duration = unbroken (g_strdup_printf (_("for %.0f days"), r->are_days));

    f->value = g_strdup_printf ("%s %s", per_day, duration);
    if (r->notes & PS_RIGHTS_NOTE_ARE_DEGRESSIVE)
      {
        g_autofree char *reduced = money (r->are_daily_reduced);

        /* Translators: the reference daily salary, then the reduced allowance */
        f->detail = g_strdup_printf (_("Reference daily salary %s; %s a day from the 7th month"), sjr, reduced);
      }
    else
      /* Translators: the reference daily salary */
      f->detail = g_strdup_printf (_("Reference daily salary %s"), sjr);
    /* Translators: the rule of the ARE; rates and amounts of this year */
    f->rule = g_strdup_printf (_("If the contract ended after this year (involuntarily, under 55): the reference "
                                 "daily salary (SJR) is the gross of the year ÷ its 365 days (a porté’s CDI "
                                 "réserve with it; a CDD’s end-of-contract indemnity left out); the allowance is "
                                 "the higher of %s × SJR + %s and %s × SJR, at least %s, at most %s of the SJR, "
                                 "for the days of the reference period × %s (%.0f to %.0f days). Above %s a "
                                 "day it falls to %s of it (not below %s) from the 7th month."),
                               low, fixed, high, minimum, cap, coefficient, p->are_min_days, p->are_max_days,
                               threshold, degressive, threshold);
  }
  f->source = sources_of (rates, keys);
}

static void
sick_daily (const PsParams *p,
            PsRates        *rates,
            const PsRights *r,
            PsRightsFigure *f)
{
  static const char * const salaried[] = {
    "ijss_pct", "ijss_cap_smic", "ijss_divisor_days", "ijss_min_smic_hours_6m", "ijss_waiting_days", NULL
  };
  static const char * const tns[] = {
    "tns_ij_divisor_days", "tns_ij_threshold_pass_pct", "ijss_waiting_days", NULL
  };
  gboolean independent = r->status == PS_STATUS_MICRO || r->status == PS_STATUS_EURL;

  f->title = _("Sick pay a day");
  f->none = !r->sick_eligible;
  if (f->none)
    {
      f->value = g_strdup (_("None"));
      f->detail = g_strdup (r->notes & PS_RIGHTS_NOTE_NO_SALARY
                            ? _("No salary: no daily allowance")
                            : _("The income is below the threshold of the daily allowances"));
    }
  else
    {
      g_autofree char *daily = money (r->sick_daily);

      /* Translators: a daily allowance, gross */
      f->value = unbroken (g_strdup_printf (_("%s a day"), daily));
      /* Translators: the waiting days */
      f->detail = g_strdup_printf (_("Gross, from day %.0f of a stop"), p->ijss_waiting_days + 1);
    }
  if (independent)
    {
      g_autofree char *threshold = percent (p->tns_ij_threshold_pass);

      /* Translators: the rule of the indépendants' daily allowance */
      f->rule = g_strdup_printf (_("The yearly income (within the PASS) ÷ %.0f, none below %s of the PASS; "
                                   "%.0f waiting days. A micro-entrepreneur’s income is his revenue less "
                                   "the abatement."),
                                 p->tns_ij_divisor_days, threshold, p->ijss_waiting_days);
      f->source = sources_of (rates, tns);
    }
  else
    {
      g_autofree char *rate = percent (p->ijss_rate);
      g_autofree char *cap = ps_format_number (p->ijss_cap_smic, 1);
      g_autofree char *divisor = ps_format_number (p->ijss_divisor_days, 2);

      /* Translators: the rule of the employees' daily allowance (IJSS) */
      f->rule = g_strdup_printf (_("%s of the gross of the 3 months before the stop ÷ %s (a porté’s monthly "
                                   "gross, without the réserve paid at the end of the mission), the salary counted "
                                   "up to %s SMIC a month; %.0f waiting days; the salary of the 6 months "
                                   "before must reach %.0f hours of SMIC."),
                                 rate, divisor, cap, p->ijss_waiting_days, p->ijss_min_smic_hours_6m);
      f->source = sources_of (rates, salaried);
    }
}

static void
sick_month (const PsParams *p,
            PsRates        *rates,
            const PsRights *r,
            PsPeriod        period,
            PsRightsFigure *f)
{
  static const char * const keys[] = {
    "ij_csg_crds_pct", "ijss_waiting_days", "sick_maintien_pct", "sick_maintien_waiting_days", NULL
  };
  static const char * const ij_only[] = { "ij_csg_crds_pct", "ijss_waiting_days", NULL };
  gboolean yearly = period == PS_PERIOD_YEAR;
  g_autofree char *sick = money (yearly ? r->sick_year_net : r->sick_month_net);
  g_autofree char *working = money (yearly ? r->working_year_net : r->working_month_net);
  g_autofree char *csg = percent (p->ij_csg_crds_rate);

  f->title = yearly ? _("A year with a 30-day stop") : _("A 30-day stop");
  f->none = r->sick_month_net <= 0;
  /* Translators: what a month off sick (or the year with it) leaves, net */
  f->value = unbroken (g_strdup_printf (_("%s net"), sick));
  f->detail = yearly
              /* Translators: a working year's net, to compare with */
              ? g_strdup_printf (_("A working year: %s net before income tax"), working)
              /* Translators: a working month's net, to compare with */
              : g_strdup_printf (_("A working month: %s net before income tax"), working);
  if (r->notes & PS_RIGHTS_NOTE_SALARY_MAINTAINED)
    f->rule = g_strdup_printf (_("The daily allowances less CSG-CRDS (%s), and the employer tops them up to the "
                                 "salary: the Syntec convention maintains it from the first day for a cadre "
                                 "with a year of seniority."),
                               csg);
  else if (r->notes & PS_RIGHTS_NOTE_LEGAL_MAINTIEN)
    {
      g_autofree char *maintien = percent (p->sick_maintien_rate);

      /* Translators: the legal maintien of the salary when sick */
      f->rule = g_strdup_printf (_("The daily allowances less CSG-CRDS (%s) over the stop less %.0f waiting days, "
                                   "and the legal maintien: the employer pays %s of the gross from day %.0f, the "
                                   "allowances deducted (a year of seniority), as a salary."),
                                 csg, p->ijss_waiting_days, maintien, p->sick_maintien_waiting_days + 1);
    }
  else
    /* Translators: sick pay without an employer */
    f->rule = g_strdup_printf (_("The daily allowances less CSG-CRDS (%s) over the stop less %.0f waiting days; "
                                 "nobody tops them up."),
                               csg, p->ijss_waiting_days);
  f->source = sources_of (rates, (r->notes & PS_RIGHTS_NOTE_LEGAL_MAINTIEN) ? keys : ij_only);
}

void
ps_rights_figures (const PsParams *p,
                   PsRates        *rates,
                   const PsRights *r,
                   PsRightsFigure  out[PS_N_RIGHTS_FIGURES])
{
  ps_rights_figures_period (p, rates, r, PS_PERIOD_MONTH, out);
}

void
ps_rights_figures_period (const PsParams *p,
                          PsRates        *rates,
                          const PsRights *r,
                          PsPeriod        period,
                          PsRightsFigure  out[PS_N_RIGHTS_FIGURES])
{
  g_return_if_fail (p != NULL && r != NULL && out != NULL);

  memset (out, 0, sizeof (PsRightsFigure) * PS_N_RIGHTS_FIGURES);
  for (int i = 0; i < PS_N_RIGHTS_FIGURES; i++)
    out[i].id = i;
  quarters (p, rates, r, &out[PS_RIGHTS_FIGURE_QUARTERS]);
  pension (p, rates, r, period, &out[PS_RIGHTS_FIGURE_PENSION]);
  are (p, rates, r, &out[PS_RIGHTS_FIGURE_ARE]);
  sick_daily (p, rates, r, &out[PS_RIGHTS_FIGURE_SICK_DAILY]);
  sick_month (p, rates, r, period, &out[PS_RIGHTS_FIGURE_SICK_MONTH]);
}

void
ps_rights_figures_clear (PsRightsFigure figures[PS_N_RIGHTS_FIGURES])
{
  for (int i = 0; i < PS_N_RIGHTS_FIGURES; i++)
    {
      g_clear_pointer (&figures[i].value, g_free);
      g_clear_pointer (&figures[i].detail, g_free);
      g_clear_pointer (&figures[i].rule, g_free);
      g_clear_pointer (&figures[i].source, g_free);
    }
}
