/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One term of the glossary (data/glossary/glossary.json): French first,
 * with its English twin, and where the law or the official page says it. */
typedef struct
{
  char  *term;           /* "TJM", "Réserve financière" */
  char  *name;           /* its expansion, French: "Taux journalier moyen" */
  char  *name_en;
  char  *definition;     /* French */
  char  *definition_en;
  char  *source;         /* the legal citation: "CGI, art. 219" */
  char  *url;            /* https:// an official page (Légifrance, URSSAF…) */
  char **aliases;        /* other spellings that resolve to it ("IJSS"); may be NULL */
} PsGlossaryEntry;

typedef struct _PsGlossary PsGlossary;

/* The glossary compiled into the program. */
PsGlossary            *ps_glossary_new_embedded  (GError          **error);
/* From JSON text; @origin names it in error messages. */
PsGlossary            *ps_glossary_new_from_data (const char       *json,
                                                  gsize             length,
                                                  const char       *origin,
                                                  GError          **error);
void                   ps_glossary_free          (PsGlossary       *glossary);

/* The entries, sorted by term (case and accents ignored). */
guint                  ps_glossary_get_n_entries (const PsGlossary *glossary);
const PsGlossaryEntry *ps_glossary_get_entry     (const PsGlossary *glossary,
                                                  guint             index);
/* The entry of @term or of one of its aliases, case and accents ignored
 * ("tjm", "réserve", "IJSS"); NULL if none. */
const PsGlossaryEntry *ps_glossary_lookup        (const PsGlossary *glossary,
                                                  const char       *term);
/* Whether @entry contains @query (case and accents ignored) in its term,
 * aliases, name or definition in either language; every entry matches an
 * empty query. */
gboolean               ps_glossary_entry_matches (const PsGlossaryEntry *entry,
                                                  const char            *query);
/* What a search for @query shows: the entry of the term itself when
 * @query names one ("IS": only the corporate tax), otherwise those that
 * contain it, in the glossary's order; every entry for an empty query.
 * An array of const PsGlossaryEntry * (free the array only). */
GPtrArray             *ps_glossary_search        (const PsGlossary *glossary,
                                                  const char       *query);
/* The first term that @text mentions, as a whole word: an entry's term,
 * alias or name (French or English); abbreviations in capitals ("IS",
 * "PER") match in capitals only, the others ignore case ("réserve"). The
 * earliest mention wins, then the longest. Sets @start and @length (bytes
 * into @text); NULL if @text mentions none. */
const PsGlossaryEntry *ps_glossary_find_mention  (const PsGlossary *glossary,
                                                  const char       *text,
                                                  gsize            *start,
                                                  gsize            *length);
/* Its name and definition in English or French. */
const char            *ps_glossary_entry_name       (const PsGlossaryEntry *entry,
                                                     gboolean               english);
const char            *ps_glossary_entry_definition (const PsGlossaryEntry *entry,
                                                     gboolean               english);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PsGlossary, ps_glossary_free)

G_END_DECLS
