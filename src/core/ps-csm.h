/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-rates.h"

G_BEGIN_DECLS

/* The cotisation subsidiaire maladie (CSM, "taxe PUMa"; CSS L380-2,
 * D380-1, D380-2) of one person for a year: due when his activity income
 * is below 20 % of the PASS and his capital income above 50 % of it,
 *   6.5 % × (A − 0.5 PASS) × (1 − R / (0.2 PASS)),
 * A (capital income) within 8 PASS, R (activity income) not below the
 * lowest minimum base of his own contributions for a travailleur
 * indépendant. Called by the URSSAF in the autumn of the next year. */
typedef struct
{
  double   activity;            /* R, as retained (after the TNS floor) */
  double   capital;             /* A, as retained (within 8 PASS) */
  double   activity_threshold;  /* 20 % of the PASS */
  double   capital_threshold;   /* 50 % of the PASS */
  double   coefficient;         /* 1 − R / (0.2 PASS), 0 when not liable */
  gboolean exempt;              /* the household condition (an input) */
  gboolean liable;
  double   amount;              /* to the cent */
} PsCsm;

/* @activity: the person's activity income (net taxable pay, revenu
 * professionnel); @activity_floor: for a travailleur indépendant, the
 * lowest minimum base of his contributions (0 otherwise); @capital: his
 * capital income (dividends at their gross amount…); @exempt: the
 * spouse or partner has activity income of 20 % of the PASS or more, or
 * either receives a replacement income (pension, unemployment…). */
void   ps_csm_compute (const PsParams *params,
                       double          activity,
                       double          activity_floor,
                       double          capital,
                       gboolean        exempt,
                       PsCsm          *out);

G_END_DECLS
