/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-payslip.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* Contributions of a travailleur non salarié (SSI, profession libérale
 * non réglementée), yearly, under the 2025 reform of the base (LFSS 2024
 * art. 18, décret 2024-688): one base for every contribution and for the
 * CSG-CRDS, the income before contributions less a 26 % abatement (within
 * 1.76 % and 130 % of the PASS). Nothing is circular any more. Each line
 * is rounded to the euro. */
typedef struct
{
  double income;           /* revenu before contributions (< 0: a loss) */
  double abatement;        /* 26 % of it, within its floor and cap */
  double assiette;         /* max (income − abatement, 0): the base */
  double maladie;
  double ij;               /* indemnités journalières */
  double retraite_base;
  double retraite_complementaire;
  double invalidite_deces;
  double allocations_familiales;
  double csg_deductible;
  double csg_crds_non_deductible;
  double cfp;
  double maladie_rate;     /* fraction, the D621-2 rate (below 3 PASS) */
  double af_rate;
  double social;           /* maladie … allocations familiales */
  double csg_crds;
  double total;
  double deductible;       /* deductible from the taxable income: total − non-deductible CSG-CRDS */
  PsLine lines[10];        /* yearly amounts */
  int    n_lines;
} PsTns;

void   ps_tns_compute             (const PsParams *params,
                                   double          income,
                                   PsTns          *out);

/* The abatement and the base alone (every line is computed on it). */
double ps_tns_assiette            (const PsParams *params,
                                   double          income);

/* The lowest of the minimum bases "en montant" (retraite de base,
 * invalidité-décès): the activity income the CSM retains at least. */
double ps_tns_lowest_minimum_base (const PsParams *params);

G_END_DECLS
