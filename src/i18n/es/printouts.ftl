# Palabras de las copias impresas: el registro completo (`accord export`, `e`
# en la agenda) y el diario (`accord journal`). Las etiquetas llevan sus dos puntos.

## Palabras que comparten todas las copias.

printout-stance-agree = ✓ De acuerdo
printout-stance-not-on-board = ✗ No estoy de acuerdo
printout-stance-unanswered = · Sin responder todavía
printout-participant = Participante: { $name }
printout-label-question = Pregunta:
printout-label-doctors-answer = Respuesta del médico:
printout-notes-left-out = Las notas privadas no están en esta copia.
printout-credit = Conjunto de cláusulas: { $title }, versión { $version } ({ $id }). { $source }

## El registro completo.

printout-prepared = Preparado el { $now } a partir de sus respuestas del { $day }.
printout-agenda-heading = Su agenda para la consulta
printout-agenda-empty = No se escribieron preguntas ni dudas.
printout-ask-first = Preguntar primero:
printout-not-on-board = No está de acuerdo con esta cláusula.
printout-label-status = Estado:
printout-status-answered = respondida
printout-status-follow-up = hay que volver a hablarlo
printout-answer-with-status = { $answer } ({ $status })
printout-changed = Esta cláusula cambió después de que usted la respondiera.
printout-every-clause = Todas las cláusulas
printout-clause-heading = { $number }. { $title }
printout-label-your-answer = Su respuesta:
printout-label-private-note = Nota privada:
printout-unanswered-heading = Sin responder todavía
printout-orphans-heading = Respuestas a cláusulas que ya no están en este conjunto
printout-orphan = { $id }: { $stance }
printout-signatures-heading = Firmas
printout-not-signed = Sin firmar.
printout-signer-patient = Usted
printout-signer-doctor = Su médico
# $changed es "yes" cuando las respuestas cambiaron después de firmar.
printout-signed = { $who }: { $name }, firmado el { $when }{ $changed ->
    [yes] {" "}(cambiado después)
   *[no] {""}
}

## El diario.

printout-journal-title = { $title }: su diario
printout-journal-sessions = Reflexiones
# $questions es una cuenta como "2 preguntas" (vea count-questions);
# $signed es "yes" cuando alguien firmó en esa reflexión.
printout-journal-session = { $when }: { $answered }/{ $total } respondidas, { $questions }{ $signed ->
    [yes] , firmada
   *[no] {""}
}
printout-journal-moved = Cómo cambiaron sus respuestas
printout-journal-steady = Sin cambios: respondidas igual cada vez
printout-journal-once = Respondidas en una sola reflexión hasta ahora
printout-journal-none = Ninguna.
# $changed es "yes" cuando la respuesta es distinta de la reflexión anterior.
printout-journal-step = { $when }: { $stance }{ $changed ->
    [yes] {" "}(cambió)
   *[no] {""}
}
printout-label-note = Nota:

## Cuando se pide un formato que accord no escribe.

printout-unknown-format = formato desconocido `{ $format }`: use markdown, text, html o json

## Añadido al unir ramas.

printout-visit-title = Preguntas para mi consulta
printout-visit-name = Nombre:
printout-visit-date = Fecha:
printout-visit-appointment = Consulta con:
# $blank es una línea de guiones bajos para rellenar a mano.
printout-visit-appointment-blanks = { $blank } el: { $blank }
printout-visit-no-questions = Todavía no se escribieron preguntas.
printout-visit-about = { $title }:
printout-visit-not-on-board = Todavía no estoy de acuerdo con:
printout-notes-included = Privado: esta copia incluye sus notas privadas. Guárdela para usted, salvo que quiera compartirlas.

## Añadido al unir ramas.

printout-stance-not-now = - Ahora no (la dejó pasar)
printout-tally-title = Cómo está el grupo: { $title }
printout-tally-shared = { $people } compartieron sus respuestas.
printout-tally-threshold = Toda cuenta menor de { $min } aparece como "menos de { $min }", para que nadie quede señalado.
printout-tally-agree = De acuerdo
printout-tally-not-on-board = No están de acuerdo
printout-tally-not-now = Ahora no (la dejaron pasar)
printout-tally-no-answer = Sin respuesta
printout-tally-count = { $count } de { $total }
printout-tally-fewer = menos de { $min }
printout-tally-questions = Preguntas que compartieron (sin un orden fijo):
printout-tally-other-set = Archivos de otro conjunto de cláusulas: { $set }, versión { $version } ({ $people }), contados aparte
printout-tally-skipped-heading = Archivos sin contar
printout-tally-unreadable = { $file }: no se pudo leer. Compruebe que el archivo está ahí y se puede leer.
    { $why }
printout-tally-broken = { $file }: este archivo para compartir está dañado. Pida una copia nueva.
    { $why }
printout-tally-foreign = { $file }: este no es un archivo para compartir. { $format ->
    [none] No tiene una línea "format".
   *[other] Dice que es "{ $format }".
}
printout-tally-duplicate = { $file }: es el mismo archivo que { $first }. Se cuenta una sola vez.
printout-blank-how = En cada promesa, marque una casilla. Si tiene una pregunta para su médico, escríbala en las líneas.
printout-blank-agree = Estoy de acuerdo
printout-blank-not-on-board = No estoy de acuerdo
printout-blank-question = Una pregunta para mi médico:
printout-blank-patient = Paciente
printout-blank-doctor = Médico
printout-blank-date = Fecha
