/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <float.h>
#include <glib.h>
#include <math.h>

G_BEGIN_DECLS

/* Amounts are euros in doubles, rounded explicitly where the official model
 * rounds (publicodes' `arrondi`: half up, after adding DBL_EPSILON). */
double   ps_round_to          (double       value,
                               int          decimals);

/* Inline: the engine rounds a few hundred times per comparison. */
static inline double
ps_round_cents (double value)
{
  return floor ((value + DBL_EPSILON) * 100.0 + 0.5) / 100.0;
}

static inline double
ps_round_euros (double value)
{
  return floor (value + DBL_EPSILON + 0.5);
}

gboolean ps_parse_amount      (const char  *text,
                               double      *out_value,
                               GError     **error);

char    *ps_format_money      (double       value);
/* As the window shows an amount: a true minus sign (U+2212), "−834,31 €". */
char    *ps_format_money_display (double    value);
/* An amount in a sentence: without ",00" when it is whole ("83 600 €"),
 * with a true minus sign. */
char    *ps_format_money_prose (double      value);
char    *ps_format_number     (double       value,
                               int          decimals);
char    *ps_format_percent    (double       percent,
                               int          decimals);

G_END_DECLS
