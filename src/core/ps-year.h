/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-offer.h"
#include "ps-year-sick.h"

G_BEGIN_DECLS

/* What a real year takes from the billable days. */
typedef struct
{
  double holiday_weeks;    /* paid leave taken, weeks of 5 days */
  double public_holidays;  /* public holidays on a weekday; < 0: those of the rates year */
  double gap_weeks;        /* between missions (intercontrat), weeks of 5 days */
  double sick_days;        /* working days off sick */
  double training_days;    /* training or prospecting: worked, not billed */
  double hours_per_day;    /* to turn a day into hours */
} PsYearInputs;

typedef struct
{
  int          year;
  double       weekdays;           /* Monday to Friday in the year */
  double       public_holidays;    /* used: on a weekday */
  double       billed_days;        /* what the client pays for */
  double       worked_days;        /* billed + training or prospecting */
  double       esn_paid_days;      /* the CDI's salary basis: billed + gaps + sick days */
  double       hours_per_day;
  gboolean     overbooked;         /* the gaps took more than the year: nothing billed */
  double       esn_margin_realised;/* 1 − the CDI's employer cost ÷ what the ESN bills */
  double       net_per_day[PS_N_STATUSES];   /* net after income tax ÷ days worked */
  double       net_per_hour[PS_N_STATUSES];
  PsYearSick   sick;               /* the sick days' pay, in the nets below */
  PsComparison comparison;         /* every status over the realistic year */
} PsYear;

/* Product defaults: 5 weeks of leave, the year's public holidays, 2 weeks
 * between missions, 5 sick days, 10 days of training or prospecting, 7 h
 * a day (35 h ÷ 5). */
void ps_year_inputs_init     (PsYearInputs       *inputs);

/* Monday to Friday in @year. */
int  ps_year_weekdays        (int                 year);

/* The eleven public holidays of C. trav. L3133-1 (métropole) that fall on a
 * weekday in @year. */
int  ps_year_public_holidays (int                 year);

/* @scenario's day rate, fees and statuses over a year of @inputs; its
 * days_per_year is replaced by the billed days. The CDI (an ESN's, unless
 * @scenario has an offer) keeps paying between missions and when sick: its
 * salary is the one for billed + gap + sick days, and the ESN's margin
 * absorbs the gaps. Portage and the freelancers earn nothing in them;
 * the sick days bring what each status's sick pay gives (ps-year-sick.h),
 * added to its net. */
void ps_year_compute         (const PsParams     *params,
                              const PsScenario   *scenario,
                              const PsYearInputs *inputs,
                              PsYear             *out);
/* The same with @offer's terms for portage (a scenario's current offer;
 * NULL: the scenario's own), as ps_comparison_apply_offer (). */
void ps_year_compute_offer   (const PsParams     *params,
                              const PsScenario   *scenario,
                              const PsOffer      *offer,
                              const PsYearInputs *inputs,
                              PsYear             *out);

/* The same over the day rates @tjm_from to @tjm_to (@n of them), as
 * ps_comparison_sweep_usable () fills @out: the net after tax a month of
 * each status, NAN where it can't be used. */
void ps_year_sweep           (const PsParams     *params,
                              const PsScenario   *scenario,
                              const PsYearInputs *inputs,
                              double              tjm_from,
                              double              tjm_to,
                              int                 n,
                              double             *out);

/* The same with @offer's terms for portage (NULL: the scenario's own), as
 * ps_year_compute_offer (): each point is the year the cards would show at
 * that day rate, its sick pay included. */
void ps_year_sweep_offer     (const PsParams     *params,
                              const PsScenario   *scenario,
                              const PsOffer      *offer,
                              const PsYearInputs *inputs,
                              double              tjm_from,
                              double              tjm_to,
                              int                 n,
                              double             *out);

/* The numbers a user types for a realistic year (the window's Realistic
 * year section; portage-cli year's options). */
typedef enum
{
  PS_YEAR_FIELD_HOLIDAY_WEEKS,
  PS_YEAR_FIELD_PUBLIC_HOLIDAYS,   /* empty: those of the year on a weekday */
  PS_YEAR_FIELD_GAP_WEEKS,
  PS_YEAR_FIELD_SICK_DAYS,
  PS_YEAR_FIELD_TRAINING_DAYS,
  PS_YEAR_FIELD_HOURS_PER_DAY,
  PS_N_YEAR_FIELDS
} PsYearField;

/* Where @inputs keeps @field's value. */
double     *ps_year_inputs_field         (PsYearInputs       *inputs,
                                          PsYearField         field);
/* The field's name in messages, translated. */
const char *ps_year_field_label          (PsYearField         field);
/* Accepted values, inclusive. */
void        ps_year_field_range          (PsYearField         field,
                                          double             *out_min,
                                          double             *out_max);
/* From what the user typed ("2,5", "" for an empty field: 0, or the
 * year's public holidays); on error @inputs is unchanged and the message
 * names the field. */
gboolean    ps_year_inputs_set_field_text (PsYearInputs      *inputs,
                                          PsYearField         field,
                                          const char         *text,
                                          GError            **error);
/* The value as the locale writes it; "" for the year's public holidays. */
char       *ps_year_inputs_format_field  (const PsYearInputs *inputs,
                                          PsYearField         field);

G_END_DECLS
