import type { PhenomenonCase } from "./case";

/**
 * Whole short articles in spoken registers: a radio or TV interview as a transcript (Q:/A: lines
 * or the speakers' names in capitals, the minister answering with "we" and "our soldiers"), a
 * press conference with ministers of several countries and journalists' questions, a
 * parliamentary debate summarised by a reporter ("Mr X told MPs", ministers against the
 * opposition), a minister's op-ed in the first person signed at the end, a talk-show quote
 * piece, a joint statement with numbered points, doorstep quotes at a summit, a foreign
 * ministry's press conference transcript and a High Representative's remarks. The traps are the
 * ones spoken copy sets: a question's topic that the answer takes up without naming it, a host's
 * question that names a country or an opposition claim, opposition MPs and party leaders, a
 * former official, a speaker's view of another country, money for reconstruction. Written whole
 * and labelled before any of it was run; one cell per country and commitment, the strongest
 * explicit statement of the article.
 *
 * First run of the rule stages (main at 583ee91, before any rule of this pass): 0 of the 15
 * articles read whole; by cell, 61 gold cells, 46 proposed, 37 proposed exactly (country,
 * commitment and stance; every condition given read as written), 9 wrong proposals: precision
 * 0.80, recall 0.61, F1 0.69. The misses, by kind: an answer that takes the question's topic
 * ("That is something we would look at", "We are ready to do it", "No.", "The answer is no."),
 * a first-person "we" with no country in its sentence (an interviewee's A: line, an op-ed signed
 * only at the end), a communiqué's "the Participants", a fronted whether-clause still to be
 * decided, air over a part of Ukraine ("over western Ukraine"), money words and services the
 * lexicon does not know ("forint", "krónur", "the SDF", "the RAF"); the wrong proposals: aid
 * passing through a hub, trainees' speciality (naval mine-clearance divers), an invitation to
 * another country ("would be welcome to join"), a country's own airspace, a fund's purchases.
 *
 * After the pass on them (SPOKEN_PHENOMENA_CASES below: an answer's "that" / "it", a transcript's
 * speaker label, the communiqué's parties, money as said aloud, and what must not propose): 5 of
 * 15 read whole; by cell 55 proposed, 49 exactly, 6 wrong: precision 0.89, recall 0.80, F1 0.84.
 * Left as gaps: a bare "No." or "The answer is no." as a refusal, an op-ed's "we" signed only at
 * the end, a fronted whether-clause's modal, an invitation to another country, a party named by
 * its name alone ("Konfederacja's"), a fund's purchases read as arms.
 */
export const WHOLE_ARTICLE_SPOKEN_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon:
      "a radio interview in Q:/A: lines: 'we' for Ireland, a condition in the answer, a question's topic (monitoring) taken up by 'that', the opposition in a question",
    gap: "'we will send members of the Defence Forces' names no troops the rules read",
    title: "McEntee: Irish troops would serve in Ukraine only with UN mandate",
    text: [
      "Minister for Foreign Affairs and Defence Helen McEntee was interviewed on RTÉ Radio One's Morning Ireland on Tuesday, the day after the coalition of the willing met in Paris. What follows is an edited transcript.",
      "Q: Minister, was Ireland at the table in Paris as a member or as an observer?\nA: As a full participant. Ireland is militarily neutral, and we will not be sending weapons to Ukraine, but neutrality has never meant standing aside.",
      "Q: Would Irish soldiers go to Ukraine as part of a peacekeeping force?\nA: If there is a UN mandate and the Dáil approves it, yes, we will send members of the Defence Forces. That is how Irish peacekeepers have always gone abroad, to Lebanon, to the Golan, to Chad.",
      "Q: And monitoring a ceasefire? Could Irish officers do that?\nA: That is something we would look at very seriously. Our officers have decades of experience of exactly that kind of work.",
      "Q: What about training Ukrainian soldiers?\nA: We are part of that already. Irish instructors are training Ukrainian soldiers in demining and battlefield first aid in Cyprus and Germany, and we will keep doing it.",
      "Q: Sinn Féin says the Government is dragging Ireland into a war. Your response?\nA: I would ask them to read what we are actually proposing. Nobody is talking about Irish troops fighting anyone.",
    ].join("\n\n"),
    cells: [
      "IE arms ruled_out",
      "IE troops conditional | If there is a UN mandate and the Dáil approves it",
      "IE monitoring considering",
      "IE training committed",
    ],
  },
  {
    phenomenon:
      "a TV interview with the speakers' names in capitals: 'could imagine' under a UN mandate, a 'No.' answering a question on jets, payments into a fund, a party leader's statement",
    gap: "'No.' answering a question on jets is no refusal; paying into the European Peace Facility 'for non-lethal equipment' is read as arms, under the condition of the next clause (experts clearing mines)",
    title: "Tanner: Austrian soldiers in Ukraine only with a UN mandate",
    text: [
      "Defence Minister Klaudia Tanner was the guest on ORF's ZIB 2 on Wednesday evening. Excerpts from the interview, conducted by Armin Wolf:",
      "WOLF: Minister, would Austrian soldiers take part in a mission to secure a ceasefire in Ukraine?\nTANNER: Austria has always been there for peace missions, in Lebanon, in Kosovo, in Bosnia. We could imagine that for Ukraine too, but only with a mandate from the UN Security Council.",
      "WOLF: Would Austrian Eurofighters help protect the skies over Ukraine?\nTANNER: No. Our Eurofighters protect Austrian airspace, and that is where they will stay.",
      "WOLF: So what does Austria actually offer?\nTANNER: We will continue to pay our full share into the European Peace Facility, for non-lethal equipment only, and Austrian experts will help clear mines once the fighting has stopped. Humanitarian aid comes on top of that.",
      "WOLF: The FPÖ says every euro for Ukraine breaches neutrality.\nTANNER: The FPÖ is wrong, and it knows it.",
      'FPÖ leader Herbert Kickl said afterwards in a statement that Austria must not pay "a single cent" towards the war and called for the payments to be stopped.',
    ].join("\n\n"),
    cells: ["AT troops considering", "AT air ruled_out", "AT funding committed"],
  },
  {
    phenomenon:
      "a press conference of three ministers: each speaks for his own country by name, 'It is not excluded' answering a question on soldiers, a journalist's question on Russia, 'our eight countries'",
    title: "Transcript: press conference after the Nordic-Baltic defence ministers' meeting in Bodø",
    text: [
      "The following is a transcript of the press conference given by Norway's Minister of Defence Tore O. Sandvik, Iceland's Minister for Foreign Affairs Þorgerður Katrín Gunnarsdóttir and Estonia's Minister of Defence Hanno Pevkur in Bodø on Thursday. Answers given in Norwegian have been translated.",
      "SANDVIK: Good afternoon. We have agreed today that our eight countries will stand together behind Ukraine for as long as it takes. For Norway's part, we will contribute two mine countermeasure vessels to clearing the Black Sea once a ceasefire is agreed, and we will keep sharing satellite imagery with the Ukrainian armed forces.",
      "GUNNARSDÓTTIR: Iceland has no army, so there will be no Icelandic soldiers in Ukraine. What we can do is pay, and we will: the government will put another two billion krónur towards Ukraine's defence budget next year.",
      "PEVKUR: Estonia is ready to send an infantry company to the reassurance force, subject to a vote in the Riigikogu. I have no doubt that the vote will pass.",
      "QUESTION (NRK): Minister Sandvik, will there also be Norwegian soldiers on the ground?\nSANDVIK: We have not made that decision. It is not excluded, but it is not where we start.",
      "QUESTION (ERR): Minister Pevkur, are you not worried that Russia will treat Estonian soldiers as targets?\nPEVKUR: Russia is the reason we are having this conversation. We will not let Moscow decide who helps Ukraine.",
      "MODERATOR: Thank you, that is all we have time for.",
    ].join("\n\n"),
    cells: [
      "NO maritime conditional | once a ceasefire is agreed",
      "NO intelligence committed",
      "NO troops considering",
      "IS troops ruled_out",
      "IS funding committed",
      "EE troops conditional | subject to a vote in the Riigikogu",
    ],
  },
  {
    phenomenon:
      "a Bundestag debate report: 'told the Bundestag', 'told MPs', a decision not yet taken, a reply from the government bench, opposition speakers, a former chancellor",
    gap: "a fronted whether-clause as the subject of 'had not yet been decided' is not an open decision (read as conditional on the 'would depend on' clause)",
    title: "Pistorius tells Bundestag German hub in Ukraine will follow ceasefire",
    text: [
      "Germany will set up and run a logistics and repair hub for Ukraine's armed forces in the west of the country once a ceasefire is in place, Defence Minister Boris Pistorius told the Bundestag on Thursday, in a debate that laid bare the divisions over what Berlin should offer.",
      "Whether German combat troops would also be sent had not yet been decided, Mr Pistorius told MPs, and would depend on the terms of any agreement and on a mandate from parliament.",
      'Foreign Minister Johann Wadephul said Germany would hand over two more Patriot air defence systems to Ukraine this year and would keep supplying ammunition "for as long as Ukraine needs it".',
      'Opening for the opposition, AfD co-leader Tino Chrupalla said his party rejected "any German soldier on Ukrainian soil" and accused the government of sleepwalking into a war with Russia.',
      "The Greens' defence spokeswoman, Sara Nanni, said the government was moving too slowly and urged it to commit Eurofighters to policing the skies over western Ukraine.",
      "Replying from the government bench, Mr Pistorius said Germany was not prepared to send fighter jets over Ukraine, a step he said would make NATO a party to the war.",
      "Former chancellor Olaf Scholz, now a backbench SPD MP, told reporters outside the chamber that he had always opposed sending Taurus cruise missiles and still did.",
    ].join("\n\n"),
    cells: [
      "DE logistics conditional | once a ceasefire is in place",
      "DE troops considering",
      "DE arms committed",
      "DE air ruled_out",
    ],
  },
  {
    phenomenon:
      "a Sejm debate report: 'told the Sejm', 'told deputies', a hub at home kept open, a 'could ... if NATO agreed', two opposition leaders, the president's bureau",
    gap: "'Konfederacja's Krzysztof Bosak said Poland should stop all military aid' is read as Poland's refusal: a party named by its name alone is not known as one",
    title: "Sikorski to Sejm: no Polish troops in Ukraine, but Rzeszów hub stays",
    text: [
      "WARSAW — Polish soldiers will not be deployed to Ukraine as part of any post-war force, Foreign Minister Radosław Sikorski told the Sejm on Wednesday, presenting the government's annual foreign policy address to a chamber split along familiar lines.",
      "Poland's contribution would instead be the logistics hub at Rzeszów, through which most Western military aid reaches Ukraine, and which the government intends to keep open for as long as it is needed, Mr Sikorski told deputies.",
      "He said Poland could also help shoot down Russian missiles and drones over western Ukraine if NATO agreed, a proposal first floated by Warsaw last year.",
      'Mariusz Błaszczak, who leads the Law and Justice deputies, accused the government of "promising the Ukrainians our skies" and said his party would never support it.',
      "Konfederacja's Krzysztof Bosak said Poland should stop all military aid to Ukraine until Kyiv changed its stance on the exhumations in Volhynia.",
      "The head of the President's National Security Bureau said later that President Karol Nawrocki shared the view that no Polish soldiers should go to Ukraine.",
    ].join("\n\n"),
    cells: ["PL troops ruled_out", "PL logistics committed", "PL air considering"],
  },
  {
    phenomenon:
      "a minister's op-ed in the first person, signed at the end: 'we' and 'our armed forces' for Portugal, others' pledges welcomed, 'We do not rule it out', Article 5 and a backstop as the author's view",
    gap: "the op-ed's 'we' has no speaker (the author is named only in the signature line at the end), so 'We will also keep training' and the author's view on Article 5 and a backstop are nobody's",
    title: "Opinion: Portugal will not watch Ukraine's peace from the shore",
    text: [
      "For four years, Ukrainians have defended not only their own country but the principle that borders in Europe cannot be redrawn by force. When the guns fall silent, that principle will need guarantors, and Portugal intends to be one of them.",
      "The United Kingdom and France have said they will lead a multinational force in Ukraine once the fighting stops. We welcome that leadership, and we will not leave them to carry the burden alone.",
      "Our first contribution will come from the sea. The Portuguese Navy will send a frigate and a team of mine-clearance divers to help keep the Black Sea shipping lanes open as soon as a ceasefire allows it.",
      "We will also keep training Ukrainian soldiers. Since 2023 our armed forces have trained more than 3,000 of them in Portugal, and that work will continue whatever happens at the negotiating table.",
      "Whether Portuguese soldiers should also serve on Ukrainian soil is a decision the Government will take together with Parliament. We do not rule it out.",
      "None of this will deter anyone unless the guarantees have teeth. Ukraine deserves a commitment modelled on Article 5 of the Washington Treaty, and any European force will need an American backstop. Portugal will say so at every table where these guarantees are discussed.",
      "Paulo Rangel is Portugal's Minister of State and Foreign Affairs.",
    ].join("\n\n"),
    cells: [
      "GB troops conditional | once the fighting stops",
      "FR troops conditional | once the fighting stops",
      "PT maritime conditional | as soon as a ceasefire allows it",
      "PT training committed",
      "PT troops considering",
      "PT article5 supports",
      "PT backstop supports",
    ],
  },
  {
    phenomenon:
      "a talk-show quote piece: a refusal in the lede and the quote, 'Asked what Slovakia would offer instead', the opposition leader's call, a veto on Facebook",
    title: "Kaliňák on TA3: not one Slovak soldier to Ukraine",
    text: [
      "Slovakia will not send soldiers to Ukraine under any circumstances, Defence Minister Robert Kaliňák said on Sunday in TA3's political debate programme V politike, where he faced the leader of the opposition Progressive Slovakia, Michal Šimečka.",
      '"Not one Slovak soldier will set foot in Ukraine. That was our promise to voters and we are keeping it," Kaliňák said when the host asked whether Bratislava would join a reassurance force.',
      'Asked what Slovakia would offer instead, the minister said the army was ready to train Ukrainian deminers at its engineering school in Sereď. "That is help that saves lives, and we will give it," he said.',
      "Šimečka said Slovakia was isolating itself and should join the coalition of the willing and send army engineers and medics to Ukraine once the fighting stops.",
      "Prime Minister Robert Fico wrote on Facebook later on Sunday that Slovakia would veto any plan to pay for Ukraine's army out of the EU budget.",
    ].join("\n\n"),
    cells: ["SK troops ruled_out", "SK training committed", "SK funding opposes"],
  },
  {
    phenomenon:
      "a joint statement with numbered points: 'the Participants' for the three countries named in the preamble, a condition opening a point, one country's own point, points with no pledge",
    title:
      "Joint Statement of the Defence Ministers of Romania, Bulgaria and Türkiye on Black Sea mine countermeasures",
    text: [
      "The Ministers of Defence of Romania, the Republic of Bulgaria and the Republic of Türkiye met in Istanbul on 12 March and agreed on the following:",
      "1. The Participants reaffirm their commitment to the safety of navigation in the Black Sea and to the Mine Countermeasures Naval Group (MCM Black Sea) established in 2024.",
      "2. Following the conclusion of a ceasefire, the Participants will extend the activities of MCM Black Sea to the approaches to Ukrainian ports, at the request of Ukraine.",
      "3. Türkiye will continue to host the training of Ukrainian naval mine-clearance divers.",
      "4. The Participants underline that the operation will be carried out in full compliance with the Montreux Convention.",
      "5. The next meeting will take place in Sofia in the autumn.",
    ].join("\n\n"),
    cells: [
      "RO maritime conditional | Following the conclusion of a ceasefire",
      "BG maritime conditional | Following the conclusion of a ceasefire",
      "TR maritime conditional | Following the conclusion of a ceasefire",
      "TR training committed",
    ],
  },
  {
    phenomenon:
      "doorstep quotes at a summit: each leader introduced by name, office and country before a colon, the quote in the first person, a refusal of three kinds at once, leaders who said nothing",
    title: "'We will be there': what EU leaders said on their way into the summit",
    text: [
      "Leaders arriving for the European Council in Brussels on Thursday were asked, one after another, what their countries would contribute to security guarantees for Ukraine. Here is a selection of what they told reporters at the doorstep.",
      'Robert Abela, Prime Minister of Malta: "Malta is a neutral country under its constitution. We will not send soldiers, but we are ready to help train Ukrainian medics."',
      'Kyriakos Mitsotakis, Prime Minister of Greece: "Greece will not put boots on the ground. We could contribute at sea, with our navy, if the Black Sea needs to be made safe again."',
      'Nikos Christodoulides, President of Cyprus: "Cyprus will do what a small country can do. We will keep hosting EU training for Ukrainian soldiers on the island."',
      'Viktor Orbán, Prime Minister of Hungary: "Hungary will not give a single soldier, a single weapon or a single forint for this war. And we will not agree to Ukraine getting NATO\'s Article 5 through the back door."',
      'Luc Frieden, Prime Minister of Luxembourg: "We don\'t have a big army, but we have satellites. Luxembourg will keep providing Ukraine with satellite imagery."',
      "Not everyone stopped. Ireland's Taoiseach Micheál Martin walked past the cameras, and Sweden's Ulf Kristersson said only: \"Ask me after the meeting.\"",
    ].join("\n\n"),
    cells: [
      "MT troops ruled_out",
      "MT training committed",
      "GR troops ruled_out",
      "GR maritime considering",
      "CY training committed",
      "HU troops ruled_out",
      "HU arms ruled_out",
      "HU funding ruled_out",
      "HU article5 opposes",
      "LU intelligence committed",
    ],
  },
  {
    phenomenon:
      "a foreign ministry's press conference transcript: 'Reporter (outlet):' and 'Minister X:' lines, a refusal that answers the question, a report in a question, a question answered with no comment",
    gap: "money for 'the fund that pays for Ukraine's non-lethal defence equipment' is read as arms as well as funding",
    title: "Press Conference by Foreign Minister Motegi Toshimitsu (excerpt)",
    text: [
      "Press conference held on Friday at the Ministry of Foreign Affairs, Tokyo. The following is the part of the conference concerning Ukraine.",
      "Reporter (NHK): The coalition of the willing has asked countries to say what they would contribute after a ceasefire. What will Japan offer?\nMinister Motegi: Japan will continue to support Ukraine in ways suited to our country. Specifically, we will contribute an additional 300 million dollars to the fund that pays for Ukraine's non-lethal defence equipment.",
      "Reporter (Asahi Shimbun): Is the government considering sending Self-Defense Forces personnel to Ukraine?\nMinister Motegi: No, that is not under consideration. Dispatching the SDF to Ukraine is not something we are contemplating.",
      "Reporter (Kyodo): There are reports that Japan could help train Ukrainian personnel in mine clearance. Can you confirm?\nMinister Motegi: Japan has trained Ukrainian deminers in Cambodia together with the Cambodian Mine Action Centre, and we intend to expand that programme this year.",
      "Reporter (Nikkei): What about intelligence sharing with Ukraine?\nMinister Motegi: I will refrain from commenting on matters of intelligence.",
    ].join("\n\n"),
    cells: ["JP funding committed", "JP troops ruled_out", "JP training committed"],
  },
  {
    phenomenon:
      "a Gulf minister on a TV interview programme: 'Qatar will take part' under a condition, a refusal to finance armies, a host's remark about Saudi Arabia, a view about the UAE",
    gap: "'the United Arab Emirates ... would be welcome to join any monitoring mission' (the speaker's invitation) is read as the UAE's pledge",
    title: "Al-Khulaifi: Qatar ready to help verify a Ukraine ceasefire if both sides ask",
    text: [
      "Qatar's Minister of State at the Ministry of Foreign Affairs, Mohammed Al-Khulaifi, who has mediated the return of Ukrainian children from Russia, spoke to Al Jazeera's Talk to Al Jazeera programme. Excerpts:",
      "Al Jazeera: Would Qatar be willing to play a role in monitoring a ceasefire?\nAl-Khulaifi: If both Kyiv and Moscow ask us, Qatar will take part in verifying the ceasefire. We have done this kind of work in Gaza and in Afghanistan, and people trust us because we talk to everyone.",
      "Al Jazeera: Some in Europe want Gulf states to pay for the peace. Will Qatar fund Ukraine's army?\nAl-Khulaifi: Our support is humanitarian. We do not finance armies on either side, and we are not going to start now.",
      "Al Jazeera: Saudi Arabia hosted the talks in Jeddah and Riyadh. Is there competition between Doha and Riyadh?\nAl-Khulaifi: No. What Saudi Arabia has done is good for everyone.",
      "Al-Khulaifi said the United Arab Emirates, which has brokered prisoner exchanges between the two sides, would be welcome to join any monitoring mission.",
    ].join("\n\n"),
    cells: ["QA monitoring conditional | If both Kyiv and Moscow ask us", "QA funding ruled_out"],
  },
  {
    phenomenon:
      "a Federal Council press conference: observers provided a mandate, a quote refusing armed troops, 'The answer is no.' to a journalist's question on re-exports, a party's referendum, humanitarian money",
    gap: "'Armed Swiss troops in Ukraine are out of the question' (a measure as the subject of 'out of the question') is not read; 'The answer is no.' after 'Asked ... whether Switzerland would allow the re-export of Swiss ammunition' is no refusal",
    title: "Federal Council: Switzerland could help monitor a ceasefire, no armed soldiers",
    text: [
      "BERN — Switzerland is prepared to send unarmed military observers to help monitor a ceasefire in Ukraine, provided the mission has a mandate from the UN or the OSCE, Defence Minister Martin Pfister told a press conference in Bern on Wednesday.",
      '"Armed Swiss troops in Ukraine are out of the question. Our neutrality law does not permit it," Pfister said.',
      'Foreign Minister Ignazio Cassis, speaking alongside him, said Switzerland was also ready to host a future round of negotiations in Geneva. Asked by a journalist whether Switzerland would allow the re-export of Swiss ammunition to Ukraine, Cassis said: "The law has not changed. The answer is no."',
      "The Swiss People's Party (SVP) said in a statement that even unarmed observers would violate neutrality and announced it would seek a referendum.",
      "Switzerland has provided around 5 billion francs in humanitarian and reconstruction aid to Ukraine since 2022.",
    ].join("\n\n"),
    cells: [
      "CH monitoring conditional | provided the mission has a mandate from the UN or the OSCE",
      "CH troops ruled_out",
      "CH arms ruled_out",
    ],
  },
  {
    phenomenon:
      "a High Representative's remarks and Q&A: 'First, training' / 'Second, money', the Union's instrument as the actor, 'We are ready to do it' answering a question on monitoring, an unnamed blocker, Hungary in a question",
    gap: "'The European Peace Facility will put another 5 billion euros into ammunition ...' names no actor the rules know; the arms cell was read from 'Our military assistance mission has trained ...', the mission's name, which no longer names weapons (arms/military-aid-and-equipment)",
    title:
      "Remarks by High Representative Kaja Kallas at the press conference following the Foreign Affairs Council (Defence)",
    text: [
      "Good afternoon. Today the defence ministers discussed how the European Union will contribute to security guarantees for Ukraine.",
      "First, training. Our military assistance mission has trained more than 80,000 Ukrainian soldiers, and we agreed today to extend its mandate for two more years.",
      "Second, money. The European Peace Facility will put another 5 billion euros into ammunition and air defence for Ukraine this year.",
      "Third, we need unanimity for some of this, and one member state is still blocking the next tranche. I will not name it, but you know who it is.",
      "Q (Euronews): Will the EU itself send a monitoring mission to Ukraine after a ceasefire?\nHR/VP Kallas: We are ready to do it. The EU has monitored ceasefires before, in Georgia, and we can do it again.",
      "Q (Politico Europe): Is Hungary the member state that is blocking?\nHR/VP Kallas: I said I would not name it.",
    ].join("\n\n"),
    cells: ["EU training committed", "EU arms committed", "EU monitoring committed"],
  },
  {
    phenomenon:
      "a radio interview with the host's name in capitals: 'our soldiers' under a condition, 'The RAF will', a backstop called essential, a former general in a question, the shadow minister afterwards",
    title: "Healey: 'Our troops will be ready, but only when the shooting stops'",
    text: [
      "Defence Secretary John Healey was interviewed on BBC Radio 4's Today programme on Monday. Here are the key exchanges.",
      "ROBINSON: Defence Secretary, how many British troops are we talking about?\nHEALEY: I'm not going to put a number on it this morning. What I can tell you is that our soldiers will be ready to deploy as part of a multinational force as soon as there is a ceasefire, and that we are already planning for it.",
      "ROBINSON: Will the RAF patrol Ukraine's skies?\nHEALEY: The RAF will play a central role in keeping Ukraine's skies safe once a deal is done.",
      "ROBINSON: And if the Americans won't provide a backstop?\nHEALEY: We have been clear with Washington that an American backstop is essential.",
      "ROBINSON: Lord Dannatt, the former head of the army, said on this programme last week that the army is too small to sustain a deployment. Is he wrong?\nHEALEY: With respect to Lord Dannatt, he is wrong. We can do this.",
      "Shadow defence secretary James Cartlidge said afterwards that the Conservatives would back a deployment only if ministers set out how long it would last.",
    ].join("\n\n"),
    cells: [
      "GB troops conditional | as soon as there is a ceasefire",
      "GB air conditional | once a deal is done",
      "GB backstop supports",
    ],
  },
  {
    phenomenon:
      "a president's TV interview with names in capitals: a refusal after 'No.', 'Romania will be the force's rear base', aircraft under discussion, the opposition leader in a question and on Facebook",
    gap: "'Romania will be the force's rear base' is no logistics, 'the airport ... and the port ... will serve as logistics hubs ..., and we will offer them' is read as a view (supports); 'protect the airspace over southern Ukraine' is not air",
    title: "Nicușor Dan: Romania will be the force's rear base, not its front line",
    text: [
      "President Nicușor Dan gave a televised interview to Digi24 on Sunday evening. We publish the main passages.",
      "DIGI24: Mr President, will Romanian soldiers go to Ukraine as part of the reassurance force?\nNICUȘOR DAN: No. The Supreme Council of National Defence has decided that Romania will not send troops into Ukraine. Our soldiers are needed here, on NATO's eastern flank.",
      "DIGI24: Then what is Romania's contribution?\nNICUȘOR DAN: Romania will be the force's rear base. The airport at Mihail Kogălniceanu and the port of Constanța will serve as logistics hubs for the coalition, and we will offer them from the first day.",
      "DIGI24: And in the air? Our F-16s are right next door.\nNICUȘOR DAN: We are discussing with our partners whether Romanian aircraft could help protect the airspace over southern Ukraine and Odesa. Nothing has been decided.",
      "DIGI24: George Simion says you are dragging Romania into the war.\nNICUȘOR DAN: Mr Simion says many things.",
      "AUR leader George Simion said on Facebook on Monday that his party would challenge any use of Romanian airports for the coalition in the Constitutional Court.",
    ].join("\n\n"),
    cells: ["RO troops ruled_out", "RO logistics committed", "RO air considering"],
  },
];

/**
 * Short cases written after the first run, not in the batch above, for the phenomena its misses
 * showed: an answer that takes up the question's commitment with "that" / "it", and a transcript
 * line that its label gives to an official. Each with counter-examples that must stay as they are.
 */
export const SPOKEN_PHENOMENA_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "an answer's 'that is something we are ready to do' after a question on monitoring",
    text: [
      "Portuguese Defence Minister Nuno Melo spoke to RTP on Sunday.",
      "Q: Would Portugal take part in monitoring a ceasefire?\nA: Yes, that is something we are ready to do.",
    ].join("\n\n"),
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "a labelled answer 'We could do it' after a reporter's question on jets over Ukraine",
    text: [
      "Danish Defence Minister Troels Lund Poulsen met reporters in Aarhus.",
      "Reporter: Will Denmark send F-16s to patrol Ukraine's skies?\nPOULSEN: We could do it, but only together with our Nordic partners.",
    ].join("\n\n"),
    cells: ["DK air considering"],
  },
  {
    phenomenon: "an answer that names its own commitment keeps it, not the question's",
    text: [
      "Norwegian Defence Minister Tore O. Sandvik was interviewed on NRK.",
      "Q: Will Norway send troops?\nA: We will send two frigates to the Black Sea.",
    ].join("\n\n"),
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "an answer's 'that' with no stance ('That is for the Americans to decide') is no position",
    text: [
      "Helen McEntee was interviewed on Newstalk.",
      "Q: Should the United States back a European force in Ukraine?\nA: That is for the Americans to decide.",
    ].join("\n\n"),
    cells: [],
  },
  {
    phenomenon: "'That is something we are proud of' with no question before it takes up nothing",
    text: "Sweden has sent 20 Archer artillery systems to Ukraine. That is something we are very proud of, Kristersson said.",
    cells: ["SE arms committed"],
  },
  {
    phenomenon: "'our soldiers' in a line labelled with the minister's surname in capitals",
    text: [
      "Estonian Defence Minister Hanno Pevkur took questions in Tallinn.",
      "QUESTION: Will Estonia send soldiers?\nPEVKUR: Our soldiers will go once there is a ceasefire.",
    ].join("\n\n"),
    cells: ["EE troops conditional | once there is a ceasefire"],
  },
  {
    phenomenon: "a label with the office before the name gives the line to that official",
    text: "Prime Minister Kristersson: We will keep sending Archer artillery systems to Ukraine.",
    cells: ["SE arms committed"],
  },
  {
    phenomenon: "a moderator's label names no official, so its line is no one's position",
    text: "MODERATOR: We will now take questions on troops for Ukraine.",
    cells: [],
  },
  {
    phenomenon: "a step that 'is a decision the government will take' is still open",
    text: "Sending Greek frigates to the Black Sea is a decision the government will take next month, Dendias said.",
    cells: ["GR maritime considering"],
  },
  {
    phenomenon: "shooting down 'missiles and drones' over a part of Ukraine is air",
    text: "Lithuania is ready to help shoot down missiles and drones over western Ukraine.",
    cells: ["LT air committed"],
  },
  {
    phenomenon: "missiles and drones shot down over a country's own territory are no air for Ukraine",
    text: "Lithuania shot down missiles and drones over its own territory.",
    cells: [],
  },
  {
    phenomenon: "an amount in a smaller donor's currency, and one in words",
    text: "Poland will provide 300 million zlotys for Ukraine's armed forces. The Netherlands will put another two billion euros into Ukraine's defence budget.",
    cells: ["PL funding committed", "NL funding committed"],
  },
  {
    phenomenon: "a refusal of money by its smallest coin",
    text: "Austria will not give a single cent to Ukraine's army, the chancellor said.",
    cells: ["AT funding ruled_out"],
  },
  {
    phenomenon: "a party leader named by the party's initials speaks for no government",
    text: "FPÖ leader Herbert Kickl said Austria must not pay a single cent towards the war.",
    cells: [],
  },
  {
    phenomenon: "what trainees are trained in is no maritime pledge; a mission of its own still is",
    text: "Greece will train Ukrainian naval divers in mine clearance. Italy will train Ukrainian marines and clear mines in the Black Sea.",
    cells: ["GR training committed", "IT training committed", "IT maritime committed"],
  },
  {
    phenomenon: "weapons that pass through a hub are not its country's gift",
    text: "Slovakia will provide a logistics hub in Košice, through which Western weapons will reach Ukraine.",
    cells: ["SK logistics committed"],
  },
  {
    phenomenon: "jets that protect their own country's airspace are no air for Ukraine; Ukrainian airspace is",
    text: "Dutch jets protect Dutch airspace, the minister said. Belgian F-35s will help protect Ukrainian airspace, Francken said.",
    cells: ["BE air committed"],
  },
  {
    phenomenon: "a joint declaration's heading names the parties its points call 'the Parties'",
    title: "Joint Declaration of Denmark and Norway on support for Ukraine",
    text: "1. The Parties will keep sharing intelligence with Ukraine.\n\n2. The Parties will meet again in the autumn.",
    cells: ["DK intelligence committed", "NO intelligence committed"],
  },
  {
    phenomenon: "a short preamble ending in 'agreed on the following:' names the Participants",
    text: "The foreign ministers of Latvia and Lithuania met in Riga and agreed on the following:\n\n1. The Participants will train Ukrainian soldiers.\n\n2. The next meeting will be in Vilnius.",
    cells: ["LV training committed", "LT training committed"],
  },
  {
    phenomenon: "'the participants' with no joint statement before them are nobody",
    text: "Latvia and Lithuania met in Riga.\n\nThe participants will train Ukrainian soldiers.",
    cells: [],
  },
];
