/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Line labels in the user's language: French as the law writes them, or
 * their English twins. */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ps-line-label.h"

/* the lines the engine adds itself (TNS, micro, companies, health) */
static const struct
{
  const char *fr;
  const char *en;
} own_labels[] = {
  { "Réduction générale dégressive unique (RGDU)", "Single degressive general reduction (RGDU)" },
  { "Réduction générale des cotisations", "General reduction of contributions" },
  { "Prévoyance du contrat de l’entreprise (au-delà du minimum légal)", "The firm’s prévoyance contract (above the legal minimum)" },
  { "Cotisations sociales (taux ACRE)", "Social contributions (ACRE rate)" },
  { "Cotisations sociales", "Social contributions" },
  { "Contribution à la formation professionnelle", "Vocational training contribution" },
  { "Versement libératoire de l’impôt sur le revenu", "Income tax paid at source (versement libératoire)" },
  { "Mutuelle et prévoyance (contrats Madelin)", "Health cover and prévoyance (Madelin contracts)" },
  { "Mutuelle et prévoyance (contrat individuel)", "Health cover and prévoyance (individual contract)" },
  { "Mutuelle et prévoyance (contrat individuel / Madelin)", "Health cover and prévoyance (individual / Madelin contract)" },
  { "Impôt sur les sociétés", "Corporate tax (IS)" },
  { "Prélèvements sociaux sur les dividendes", "Social levies on the dividends" },
  { "Prélèvements sociaux et cotisations sur les dividendes", "Social levies and contributions on the dividends" },
  { "Impôt sur les dividendes (barème)", "Income tax on the dividends (scale)" },
  { "Prélèvement forfaitaire unique (impôt)", "Flat tax (PFU, income tax part)" },
  { "Cotisation subsidiaire maladie", "Subsidiary health contribution (CSM)" },
  { "Maladie-maternité", "Health and maternity" },
  { "Indemnités journalières", "Sick pay" },
  { "Retraite de base", "Basic pension" },
  { "Retraite complémentaire (RCI)", "Supplementary pension (RCI)" },
  { "Invalidité-décès", "Disability and death" },
  { "Allocations familiales", "Family allowances" },
  { "CSG déductible", "Deductible CSG" },
  { "CSG non déductible et CRDS", "Non-deductible CSG and CRDS" },
};

gboolean
ps_line_labels_french (void)
{
  /* Translators: "fr" when the rates' labels (French, from the law) are
   * to be shown as they are, "en" for their English twins */
  return g_str_equal (C_("rates labels", "en"), "fr");
}

const char *
ps_line_label_en (const char *label)
{
  if (label == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (own_labels); i++)
    if (strcmp (own_labels[i].fr, label) == 0)
      return own_labels[i].en;
  return NULL;
}

const char *
ps_line_label_for (const PsLine *line,
                   gboolean      french)
{
  const char *en;

  g_return_val_if_fail (line != NULL, NULL);

  if (french || line->label == NULL)
    return line->label;
  en = line->label_en != NULL ? line->label_en : ps_line_label_en (line->label);
  return en != NULL ? en : line->label;
}

const char *
ps_line_label (const PsLine *line)
{
  return ps_line_label_for (line, ps_line_labels_french ());
}
