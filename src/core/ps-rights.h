/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* The sick stop whose pay is shown: one month (a product choice). */
#define PS_RIGHTS_SICK_STOP_DAYS 30

/* The ARE is shown as if the contract ended after this one year of it. */
#define PS_RIGHTS_ARE_REFERENCE_DAYS 365

typedef enum
{
  PS_PENSION_SCHEME_NONE,
  PS_PENSION_SCHEME_AGIRC_ARRCO,   /* salariés, portés, président de SASU */
  PS_PENSION_SCHEME_RCI,           /* indépendants at the SSI (EURL gérant, micro) */
} PsPensionScheme;

/* Why a figure is what it is (bits of PsRights.notes). */
typedef enum
{
  PS_RIGHTS_NOTE_DIVIDENDS        = 1 << 0,  /* dividends: no quarter, no point */
  PS_RIGHTS_NOTE_NO_SALARY        = 1 << 1,  /* SASU président paid no salary */
  PS_RIGHTS_NOTE_TNS_MINIMUM_BASE = 1 << 2,  /* base pension paid on the minimum base */
  PS_RIGHTS_NOTE_ARE_DEGRESSIVE   = 1 << 3,  /* ARE reduced from the 183rd day */
  PS_RIGHTS_NOTE_NO_SICK_PAY      = 1 << 4,  /* income below the sick-pay threshold */
  PS_RIGHTS_NOTE_SALARY_MAINTAINED = 1 << 5, /* CDI (Syntec): pay maintained when sick */
  PS_RIGHTS_NOTE_LEGAL_MAINTIEN   = 1 << 6,  /* portage: legal maintien after 7 days */
} PsRightsNotes;

/* What one year of a status protects. Yearly euros unless named daily;
 * amounts are gross (before CSG-CRDS) except the sick month's. */
typedef struct
{
  PsStatus        status;
  guint           notes;

  /* pension */
  double          pension_earnings;        /* counted for the base pension (within the PASS) */
  double          quarter_threshold;       /* earnings for one quarter: 150 × SMIC on 1 January */
  int             pension_quarters;        /* 0–4 */
  PsPensionScheme scheme;
  double          points_contribution;     /* what buys the points */
  double          points;
  double          point_price;
  double          point_value;
  double          pension_yearly_accrued;  /* points × service value: € a year of pension */

  /* unemployment (ARE), if the contract ended after this year */
  gboolean        are_eligible;
  double          are_reference_gross;
  double          are_reference_days;
  double          are_sjr;                 /* salaire journalier de référence */
  double          are_daily;               /* allocation journalière, the first 182 days */
  double          are_daily_reduced;       /* from the 183rd day (= are_daily without degressivity) */
  double          are_days;                /* duration */
  double          are_total;               /* over the whole duration */
  double          arce;                    /* capital instead, when creating a company */

  /* sick pay over a PS_RIGHTS_SICK_STOP_DAYS stop */
  gboolean        sick_eligible;
  double          sick_daily;              /* IJSS or TNS IJ, gross a day */
  double          sick_paid_days;          /* the stop less the waiting days */
  double          sick_benefits;           /* the IJ of the stop, net of CSG-CRDS */
  double          sick_employer;           /* the employer's complement, net */
  double          sick_month_net;          /* what the stop leaves */
  double          working_month_net;       /* a working month, net before income tax */
  /* the same over a year: the working year, and the year with the stop
   * in it (eleven working months and the stop) */
  double          working_year_net;
  double          sick_year_net;
} PsRights;

/* The quarters @earnings validate (0 to 4). */
int         ps_rights_quarters            (const PsParams     *params,
                                           double              earnings);

/* Agirc-Arrco points bought by a yearly gross salary:
 * (T1 × 6.20 % + T2 × 17 %) ÷ the purchase price. */
double      ps_rights_agirc_arrco_points  (const PsParams     *params,
                                           double              gross_yearly);

/* Fills the ARE fields of @out (eligibility set by the caller) from the
 * gross of a reference period of @reference_days calendar days. */
void        ps_rights_are                 (const PsParams     *params,
                                           double              reference_gross,
                                           double              reference_days,
                                           PsRights           *out);

/* IJSS a day for the gross of the three months before the stop. */
double      ps_rights_ijss_daily          (const PsParams     *params,
                                           double              gross_3_months);

/* An indépendant's IJ a day for a yearly income (0 below the threshold). */
double      ps_rights_tns_ij_daily        (const PsParams     *params,
                                           double              income);

void        ps_rights_compute             (const PsParams     *params,
                                           const PsComparison *comparison,
                                           PsStatus            status,
                                           PsRights           *out);

/* "agirc_arrco", "rci" or NULL */
const char *ps_pension_scheme_id          (PsPensionScheme     scheme);

/* "dividends_validate_nothing", …: the id of the note 1 << @bit, or NULL */
const char  *ps_rights_note_id            (guint               bit);

/* Untranslated (N_) explanations of the notes set in @notes, in bit
 * order; NULL-terminated, free the array (not the strings) with g_free. */
const char **ps_rights_note_labels        (guint               notes);

G_END_DECLS
