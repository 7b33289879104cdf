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

/* EURL à l'IS: the company pays @remuneration (net + contributions); the
 * revenu professionnel is the remuneration less the contributions, plus
 * the non-deductible CSG-CRDS — a circular definition solved here. */
double ps_tns_revenu_from_remuneration (const PsParams *params,
                                        double          remuneration);

/* EURL à l'IR / EI: the profit before contributions is @profit; the
 * revenu professionnel is the profit less the deductible contributions. */
double ps_tns_revenu_from_profit  (const PsParams *params,
                                   double          profit);

G_END_DECLS
