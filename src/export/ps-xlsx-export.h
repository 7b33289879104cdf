/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"
#include "ps-export.h"
#include "ps-offer.h"
#include "ps-quote.h"
#include "ps-rates.h"
#include "ps-scenarios.h"

G_BEGIN_DECLS

/* Writes @comparison, computed with @params (resolved from @rates), as an
 * Excel workbook at @path: a summary with the inputs as named cells and
 * the comparison of every status, one sheet per status with live formulas,
 * the rates with their sources, and a day-rate curve. Labels follow the
 * current locale's translation.
 *
 * The workbook is built in a private temporary folder, then written next to
 * @path and renamed over it: on error (PS_EXPORT_ERROR), @path is left as
 * it was and no partial file remains. */
gboolean ps_xlsx_export (const PsComparison *comparison,
                         const PsParams     *params,
                         PsRates            *rates,
                         const char         *path,
                         GError            **error);

/* What the workbook may hold beyond the comparison. */
typedef struct
{
  const PsOffer     *offers;     /* an Offres sheet and a sheet per offer: 0 to PS_MAX_OFFERS */
  int                n_offers;
  const PsScenarios *scenarios;  /* a Scénarios sheet: NULL, or 2 to PS_MAX_SCENARIOS */
  const PsQuote     *quote;      /* a firm's quote checked on the Offres sheet, or NULL */
  /* the scenario's current offer (one of @offers), or NULL, and the
   * comparison with it (ps_scenario_file_compute): the workbook is that
   * comparison, the Portage sheet with the offer's terms (from the Offres
   * sheet); an offer with its own employer profile: the Summary names it
   * and gives its figures, portage's sheets keep the scenario's terms */
  const PsOffer      *current_offer;
  const PsComparison *offer_comparison;
} PsXlsxExtras;

/* ps_xlsx_export () with @extras (NULL: none). */
gboolean ps_xlsx_export_full (const PsComparison *comparison,
                              const PsParams     *params,
                              PsRates            *rates,
                              const PsXlsxExtras *extras,
                              const char         *path,
                              GError            **error);

/* The same workbook with only the inputs and the Assumptions sheet (every
 * rate the file holds): what the rates fuzzer exercises, at a fraction of
 * the cost. */
gboolean ps_xlsx_export_assumptions (const PsComparison *comparison,
                                     const PsParams     *params,
                                     PsRates            *rates,
                                     const char         *path,
                                     GError            **error);

G_END_DECLS
