/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-period.h"
#include "ps-rates.h"
#include "ps-rights.h"

G_BEGIN_DECLS

/* What one year of a status protects, figure by figure, each with the
 * rule that gives it (this year's parameters written in) and the legal
 * references the rates file carries for those parameters: the window's
 * Protection section of the breakdown. Texts are translated. */

typedef enum
{
  PS_RIGHTS_FIGURE_QUARTERS,     /* base pension quarters */
  PS_RIGHTS_FIGURE_PENSION,      /* points → € of pension a year (or a month) */
  PS_RIGHTS_FIGURE_ARE,          /* the daily allowance and its duration, or why none */
  PS_RIGHTS_FIGURE_SICK_DAILY,   /* IJSS or the indépendants' IJ, a day */
  PS_RIGHTS_FIGURE_SICK_MONTH,   /* a PS_RIGHTS_SICK_STOP_DAYS stop (a year with it) */
  PS_N_RIGHTS_FIGURES
} PsRightsFigureId;

typedef struct
{
  PsRightsFigureId id;
  gboolean         none;     /* no right: @value says so, @detail says why */
  const char      *title;
  char            *value;    /* "4 of 4", "≈ 427,87 € a year", … */
  char            *detail;   /* the figures behind it, or why none */
  char            *rule;     /* the formula, with this year's parameters */
  char            *source;   /* the references, one a line ("" when none known) */
} PsRightsFigure;

/* Fills @out from @rights, computed with @params, per month. @rates (may
 * be NULL: no sources) is the file @params came from. Free with
 * ps_rights_figures_clear (). */
void ps_rights_figures        (const PsParams *params,
                               PsRates        *rates,
                               const PsRights *rights,
                               PsRightsFigure  out[PS_N_RIGHTS_FIGURES]);

/* The same with the amounts over @period (the results' switch): the
 * pension a month or a year; the sick stop alone, or the year with it
 * against a working year. Counts and daily amounts (quarters, the ARE,
 * the sick pay a day) stay what they are, and say so. */
void ps_rights_figures_period (const PsParams *params,
                               PsRates        *rates,
                               const PsRights *rights,
                               PsPeriod        period,
                               PsRightsFigure  out[PS_N_RIGHTS_FIGURES]);

void ps_rights_figures_clear  (PsRightsFigure  figures[PS_N_RIGHTS_FIGURES]);

G_END_DECLS
