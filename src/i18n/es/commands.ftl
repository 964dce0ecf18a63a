# Lo que escriben las órdenes: `accord check`, `export`, `sessions`, `journal`,
# y las líneas que deja el recorrido en la terminal al terminar.
# (El texto de --help se queda con las opciones, en src/cli.rs.)

## Cualquier orden.

# Un error, lo último que se escribe: $error es lo que salió mal.
commands-error = accord: { $error }
# Un aviso sobre un archivo de la carpeta de datos, al listar las reflexiones.
commands-notice = accord: { $notice }
commands-private-notes = accord: esta copia incluye sus notas privadas. Quite --notes para una copia que pueda compartir.
commands-cannot-write-document = no se puede escribir el documento
# $problems es una cuenta de problemas ("2 problemas").
commands-problems-found = Se encontraron { $problems }.

## accord check

commands-check-ok = bien: { $title }, { $clauses }

## accord export y accord journal

commands-no-session-called = no hay ninguna reflexión llamada { $id } en { $dir }; `accord sessions` las muestra todas
commands-cannot-read-session = no se puede leer la reflexión { $id }: { $why }
commands-other-clause-set = la reflexión { $id } responde al conjunto de cláusulas `{ $set }`; indique su archivo con --clauses ARCHIVO
commands-no-sessions-of = todavía no hay reflexiones de "{ $title }" en { $dir }
# Se añade a la línea anterior cuando otros conjuntos tienen reflexiones: $sessions es una cuenta ("3 reflexiones").
commands-other-sets-have = ; otros conjuntos de cláusulas tienen { $sessions } ahí: indique el archivo del conjunto con --clauses ARCHIVO
commands-journal-formats = el diario puede salir en markdown, html o json

## accord sessions

commands-no-sessions-yet = Todavía no hay reflexiones en { $dir }.
commands-session-line = { $id }  { $title }  empezada el { $started }  cambiada el { $changed }  { $progress }  { $questions }  { $signed }
commands-answered-of = { $answered }/{ $total } respondidas
commands-answered = { $answered } respondidas
commands-signed-changed = firmada, cambiada después
commands-signed = firmada
commands-not-signed = sin firmar

## El recorrido, al terminar

commands-needs-terminal = el recorrido necesita una ventana de terminal; abra accord en una (accord check ARCHIVO funciona en cualquier sitio)
commands-terminal-failed = accord: la terminal dejó de funcionar: { $why }
commands-unsaved = accord: no se pudieron guardar sus últimas respuestas: { $why }
commands-rescued = accord: hay una copia completa en { $path }; guárdela hasta que accord pueda guardar de nuevo.
commands-not-rescued = accord: tampoco se pudo escribir una copia, así que aquí las tiene; cópielas en un lugar seguro:
commands-saved-in = Sus respuestas están guardadas en { $path }
commands-nothing-saved = Todavía no respondió nada, así que no se guardó nada.

## Elegir el idioma y el conjunto de cláusulas

# $tag es lo que se escribió después de --lang; $known son los idiomas que habla accord.
commands-unknown-language = accord todavía no habla "{ $tag }"; elija uno de estos: { $known }
# $known son los nombres de los conjuntos incluidos.
commands-no-set-called = no hay ningún conjunto de cláusulas incluido llamado "{ $id }"; elija uno de estos: { $known }, o indique un archivo con --clauses ARCHIVO
commands-check-language = idioma: { $language }

## Añadido al unir ramas.

commands-empty-setting = accord: el ajuste { $name } está vacío. Póngale la carpeta que quiera, o quítelo con: unset { $name }
commands-printouts-made = Sus copias para imprimir de esta vez (abra una en su navegador web para imprimirla):

## Añadido al unir ramas.

commands-share-with-questions = su postura sobre cada cláusula, y sus preguntas
commands-share-stances-only = su postura sobre cada cláusula (sin preguntas)
commands-share-written = Se guardó un archivo para compartir en { $path }. Contiene { $what }. No contiene notas, ni nombres, ni respuestas del médico. Entregue este archivo a quien dirige su taller.
commands-tally-warning = Aviso:
commands-tally-not-counted = Sin contar:
commands-blank-formats = un acuerdo en blanco puede salir en markdown, text o html
commands-check-grades = Nivel de lectura de cada cláusula (Flesch–Kincaid; lo ideal es 6, y no más de { $max }):
commands-check-grades-english-only = El nivel de lectura solo se calcula para conjuntos en inglés; las frases largas se revisan igual.
commands-check-grade = { "  " }{ $id }: nivel { $grade }
commands-check-hard = aviso: la cláusula { $id } tiene un nivel de lectura { $grade }. Pruebe con palabras y frases más cortas.
commands-check-long-sentence = aviso: la cláusula { $id } tiene una frase de más de { $max } palabras ("{ $start }…"). Pruebe a dividirla en dos.
