/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-payslip.h"
#include "ps-rates.h"

G_BEGIN_DECLS

/* Contributions of a travailleur non salarié (SSI, profession libérale
 * non réglementée), yearly, on the revenu professionnel — each line
 * rounded to the euro as the official model does. */
typedef struct
{
  double revenu;           /* assiette: revenu professionnel */
  double maladie;
  double ij;               /* indemnités journalières */
  double retraite_base;
  double retraite_complementaire;
  double invalidite_deces;
  double allocations_familiales;
  double csg_deductible;
  double csg_crds_non_deductible;
  double cfp;
  double maladie_rate;     /* fraction, the progressive rate applied */
  double af_rate;
  double social;           /* maladie … allocations familiales */
  double csg_crds;
  double total;
  PsLine lines[10];        /* yearly amounts */
  int    n_lines;
} PsTns;

void   ps_tns_compute             (const PsParams *params,
                                   double          revenu,
                                   PsTns          *out);

/* Below 0 € of revenu, the remuneration is the revenu plus at most the
 * minimum contributions: the solvers search down to this far below. */
#define PS_TNS_SOLVE_MARGIN_CENTS G_GINT64_CONSTANT (10000000)

/* revenu + contributions − non-deductible CSG-CRDS: what paying the
 * revenu @revenu costs (increasing in @revenu). */
double ps_tns_remuneration_of_revenu   (const PsParams *params,
                                        double          revenu);

/* EURL à l'IS: the company pays @remuneration (net + contributions); the
 * revenu professionnel is the remuneration less the contributions, plus
 * the non-deductible CSG-CRDS — a circular definition, solved as the
 * largest revenu, to the cent, whose remuneration fits @remuneration. */
double ps_tns_revenu_from_remuneration (const PsParams *params,
                                        double          remuneration);

/* EURL à l'IR / EI: the profit before contributions is @profit; the
 * revenu professionnel is the profit less the deductible contributions
 * (the same equation, the same solution). */
double ps_tns_revenu_from_profit  (const PsParams *params,
                                   double          profit);

G_END_DECLS
