/**
 * Turns free text into the canonical terms the intent index compares. Admins write the same request in many
 * ways ("2FA", "multi-factor", "authenticator"; "DL", "distro list"), so the words are folded into one term per
 * meaning before any scoring: idioms first (multi-word rewrites), then a light stemmer, then synonym groups.
 * Everything here is constant language knowledge; nothing depends on the action catalog.
 */

/** Multi-word idioms, rewritten on lower-cased text before tokenizing. Order matters: specific before general. */
const IDIOMS: ReadonlyArray<readonly [RegExp, string]> = [
  // How a request is relayed says nothing about what it asks: "ticket 4411:", "per HR,", "FYI", "quick one:",
  // "Megan's manager asked that …", "is it possible to …", "how do I get …".
  [/(?:^|\s)(?:ticket|case|incident|inc|req|ritm|sr|request)\s*#?\s*\d+\s*[:,.-]*/g, ' '],
  [/\bper (?:hr|legal|compliance|facilities|security|the [a-z]+(?: [a-z]+)?)\s*,/g, ' '],
  [/\b(?:fyi|quick one|heads up|urgent)\b\s*[:,—–-]*/g, ' '],
  // (only "asked"/"requested": "her manager wants full access" is the request itself)
  [/(?:\b\S+ )?(?:manager|boss|lead|hr|team) (?:asked|requested)(?: (?:that|if|for|us to|to))?\b/g, ' '],
  [/\b(?:is it possible|would it be possible) (?:to|for)\b|\bhow (?:do|can|should) (?:i|we) (?:get|have)?\b/g, ' '],
  // Requests said indirectly: "X would like to be able to send on behalf of …", "should no longer be able to send as …"
  [/\b(?:should no longer|should not|shouldn'?t|can no longer|must not|mustn'?t|no longer) be able to\b/g, ' remove '],
  [/\b(?:would like|wants?|needs?|asked) (?:to be able )?to (?=send\b)/g, ' grant '],
  [/\b(?:should be getting|should get|should receive|needs? to (?:get|receive)|wants? to (?:get|receive)) (?=(?:the )?xx[a-z](?: [a-z]+)? (?:e-?mails?|mails?|messages?|posts?)\b)/g, ' add member to '],
  [/\bstop (?:getting|receiving) (?=(?:the )?xx[a-z](?: [a-z]+)? (?:e-?mails?|mails?|messages?|posts?)\b)/g, ' remove member from '],
  // "get Christie onto the list", "put him into it-team@…": onto or into something is an addition
  [/\b(?:get|move|bring)\s+((?:\S+\s+){1,3}?)(?:onto|into)\s+(?=(?:the\s+)?xx[a-z]\b)/g, ' add $1 to '],
  [/\btake (xx[a-z]|him|her|them) out of\b/g, ' remove $1 from '],
  [/\b(?:was|were|got|been) (?:set up|setup|created)\b/g, ' was '],
  // "would like huddle3@… removed", "asked that X be switched to …": the participle is the request
  [/\b(?:would like|wants?|want|needs?|asked that|asked for) ((?:the )?xx[a-z]|it|them|him|her) (?:to be )?(removed|deleted|disabled|enabled|added|hidden|renamed|converted|wiped|blocked|unblocked)\b/g, ' $2 $1 '],
  // "asked that the delegates on her mailbox be removed", "audit logging needs to be enabled on …"
  [/\b(?:would like|wants?|want|needs?|asked that|asked for)? ?((?:the |all )?[a-z]+(?: [a-z]+){0,4}?) (?:needs to be|need to be|should be|must be|be) (removed|deleted|disabled|enabled|turned on|turned off|switched on|switched off)\b/g, ' $2 $1 '],
  // "hide X from the GAL", "should be hidden from the address list": one setting, whatever the verb form
  [/\b(?:hide|hidden|hiding|unhide|unhidden)\b(?:[^.,;]{0,40}?)\b(?:from|in) (?:the )?(?:address[\s-]?(?:book|list)s?|gal|global address list)\b/g, ' hidefromgal '],
  // Chat shorthand first, so the rules below see whole words: "+=" and "->" in terse requests, admin abbreviations.
  [/\+=/g, ' add '],
  [/(?:^|\s)\+\s*(?=xx[a-z]\b)/g, ' add '],
  [/\s*-+>\s*/g, ' to '],
  [/\bmbx(?:e?s)?\b/g, ' mailbox '],
  [/\bgrps?\b/g, ' group '],
  [/\bmeus?\b|\bmail[\s-]?enabled (?:users?|accounts?)\b/g, ' mailuser '],
  [/\bext\b/g, ' external '],
  // "an outside address", "her personal gmail": somewhere outside the organization
  [/\bexternally\b/g, ' external '],
  // "Jade's mail should go to Kai while she's out": sending someone's mail on is forwarding
  [/(xx[a-z]|his|her|their) (?:incoming )?(?:e-?mails?|mails?|messages?) (?:should |to |needs to |must )?(?:go|goes|be sent|get sent|be redirected|be routed) (?=to\b)/g, ' forward $1 mail '],
  [/\b(?:outside|personal|private|home|non-company)\s+(?=(?:e-?mail\s+)?(?:address|addresses|mailbox|account|inbox|gmail|email)\b)/g, ' external '],
  [/\baddr\b/g, ' address '],
  [/\bmgrs?\b/g, ' manager '],
  [/\blh\b/g, ' litigationhold '],
  [/\bdist(?:ribution)?[\s-](?:groups?|lists?)\b|\b(?:e-?mail|mailing) (?:lists?|groups?)\b/g, ' distgroup group '],
  [/\bcall (?:it|that|this) off\b/g, ' cancel '],
  // "anyone else's mailbox", "other people's mailboxes": every mailbox but their own
  [/\b(?:anyone|anybody|someone|somebody|everyone|everybody) else(?:'s)?\b|\bother (?:people|users|colleagues)(?:'s)?\b/g, ' all other '],
  // "let Patti send on behalf of …": letting someone do something allows it
  [/\blet\s+(xx[a-z]|him|her|them)\s+(?=(?:send|book|manage|open|read|access|see|use)\b)/g, ' allow $1 '],
  // "pull alex@…'s send-as off it-team@…", "take lee off the list": taking something off removes it
  [/\b(?:pull|take|knock|get)\s+((?:\S+\s+){1,4}?)off\b(?!\s+(?:work|today|sick|early))/g, ' remove $1 from '],
  // "drop her into the list": into something is an addition, whatever the verb
  [/\b(?:drop|throw|pop|stick|slot|put)\s+((?:\S+\s+){1,6}?)(?:in|into|onto|on)\s+(?=(?:the\s+)?xx[a-z]\b)/g, ' add $1 to '],
  [/\bwhat (?:else |all )?(?:can|could|do) (?:you|u|i|we|steward|this bot) (?:do|help with|offer|ask)\b/g, ' help '],
  // "what can bob do" asks about another person's rights (after the line above took "what can you/I do").
  [/\bwhat (?:else )?(?:can|may|could) ([^?.!,;]{1,60}?) do\b/g, ' $1 cando '],
  [/^\s*\?+\s*$/g, ' help '],
  [/\ba lot of\b|\blots of\b/g, ' bulk '],
  [/\bentra(?: id)?\b|\bazure (?:ad|active directory)\b|\baad\b/g, ' tenant '],
  [/\bwhat (?:are|r) (?:your|the) (?:commands|options|capabilities|skills|actions)\b/g, ' help '],
  [/\bhow (?:do|does|can|should) (?:i|we|this|it|you) (?:use|work)(?: (?:this|it|you|steward))?\b/g, ' help '],
  [/\b(?:never ?mind|forget (?:it|about it|that)|scratch that|don'?t bother|leave it)\b/g, ' cancel '],
  // Membership said as a state: "X should no longer be a delegate of Y" removes, "X should be on the DL" adds
  // (before "no longer" is dropped below).
  [/\b(?:should|must|needs? to|has to|have to)(?: not|n'?t| no longer) (?:be|stay|remain)(?= (?:(?:an?|the) )?(?:co-?)?(?:delegate|owner|member|moderator)s?\b| (?:on|in|part of) )/g, ' remove member '],
  [/\b(?:should|must|needs? to|has to|have to) (?:be|get) (?=(?:on|in|into|onto) (?:the |our |that |this )?(?:\S+ ){0,2}?(?:dls?|distros?|lists?|groups?|distribution|mailing)\b)/g, ' add member '],
  // "drop her from nw-sales@…", "add them to it-team@…": a person moved into or out of something is a member
  // "kick her out of the DL nw-sales@…": a kind noun may sit between the article and the container
  [/\b(add|put|include|drop|remove|take|kick|pull|get)\s+(?:him|her|them)\s+(to|into|onto|from|off|out of)\s+(?:the\s+)?(?=(?:[a-z]+\s+){0,2}xx[en]\b)/g, ' $1 member $2 '],
  // "X should be a delegate on Y" gives a role; "X and Y shouldn't have them anymore" takes rights away
  [/(xx[a-z]) (?:should|needs? to|must|has to|will) be (?:an?|the) (?=(?:co-?)?(?:delegate|owner|member|moderator)s?\b)/g, ' add $1 as a '],
  [/\b(?:shouldn'?t|should not|should no longer|mustn'?t|must not|must no longer|can'?t|cannot|may not|no longer) (?:have|get|keep|hold)\b/g, ' remove '],
  [/\b(?:no longer|doesn'?t|does not|don'?t|do not) (?:needs?|requires?|uses?|want)\b/g, ' remove '],
  [/\b(?:should no longer|should not|shouldn'?t|must not|mustn'?t|no longer) be (?:on|in|part of|a member of)\b/g, ' remove member from '],
  [/\b(?:should no longer|should not|shouldn'?t|must not|mustn'?t|no longer)\s+(?=(?:be able to\s+|be\s+)?(?:send|sending|have|get|keep|hold|access|open|see|read|book|receive|be (?:a|an|the|on|in))\b)/g, ' remove '],
  [/(xx[a-z]) (?:be|is|was|gets?) made (?:an?|the) (?=(?:co-?)?(?:delegate|owner|member|moderator)s?\b)/g, ' add $1 as a '],
  [/\btoo many\b/g, ' '],
  [/\b(?:right|straight) away\b|\bright now\b|\bas soon as possible\b|\bno longer\b|\bany ?more\b/g, ' '],
  [/\bthanks?(?: you)?(?: so much| a lot)? for (?:your |the |all the )?(?:help|assistance|support)\b/g, ' thanks '],
  // Feedback is not a request: "nice, the forwarding works", "thanks, the mailbox looks fine now", "that worked".
  [/(?:^|[.!?;])\s*(?:thanks?|thank you|thx|nice|great|cool|awesome|perfect|excellent|sweet|good|ok(?:ay)?)[\s,!]+(?:[a-z-]+ ){0,3}?(?:works|worked|is working|looks? (?:good|fine|great|ok|okay|right|correct)|(?:is|are) (?:fine|good|ok|okay|sorted|fixed))\b(?: now| again| too)?/g, ' thanks '],
  [/\b(?:it|that|this) (?:works|worked)\b/g, ' thanks '],
  // "what did helpdesk@… do": a question about someone's past actions (the audit log)
  [/\bwhat (?:did|has|have) ([^?.!,;]{1,40}?) (?:do|done|been doing|been up to|change|changed)\b/g, ' actions performed by $1 '],
  // Questions about Steward itself are small talk: "what's your name?" is not a rename.
  [/\bwhat(?:'s|s| is) your name\b|\bwho (?:made|built|created|wrote|programmed) (?:you|u|this bot|steward)\b/g, ' '],
  // A definition question ("what's a shared mailbox?") asks about a word, not for an action.
  [/^\s*what(?:'s|s| is) an? [a-z0-9 -]{1,40}?\s*(?:anyway|exactly|again)?\s*\?*\s*$/g, ' '],
  [/\b(?:xx[a-z]|he|she|they) (?:has |have |had )?(?:quit|resigned|left)\b/g, ' leaver '],
  [/\b(?:i'?m|i am|we'?re|we are|all) (?:done|finished)\b|\bthat'?s all\b/g, ' finish '],
  [/\b(?:am i|are we|is my (?:account|session)) (?:still |currently )?elevat\w*/g, ' session status '],
  [/\b(?:sign|log)[\s-]?(?:back )?in again\b|\bre-?(?:authenticate|login|log in|sign in)\b/g, ' revoke session '],
  [/\blocales?\b/g, ' language '],
  [/\boutlook (?:on the )?web(?: access| app)?\b/g, ' owa '],
  [/\b(?:english|french|german|spanish|italian|dutch|portuguese|japanese|chinese|korean|polish|swedish|danish|norwegian|finnish|russian|arabic|turkish|czech|hungarian|greek|hebrew)\b/g, ' language '],
  [/\b(?:into|to) (?:an? )?(shared|room|equipment|regular|user|normal) mailbox\b|\b(?:change|turn|convert|switch) (?:it|xx[a-z]) (?:in)?to (?:an? )?(shared|room|equipment|regular|user|normal)(?: one)?\b/g, ' converttype $1$2 mailbox '],
  // "the archive's display name", "archive folder named X": the name of the archive, not the archive itself
  [/\barchive(?: mailbox| folder)?(?:'s)? (?:display )?name\b|\barchive(?: mailbox| folder)? (?:named|called)\b/g, ' archivename '],
  // "make Nestor's mailbox shared": a change of type
  [/\b(?:make|set|turn) (xx[a-z]) (?:mailbox|inbox|account)\s+(?:a\s+)?(shared|room|equipment|regular)\b/g, ' convert $1 mailbox converttype $2 mailbox '],
  // "make her mailbox a shared mailbox", "turn jane's mailbox into a room one": a change of type, not a creation
  [/\b(?:make|turn) ((?:[a-z0-9'.@-]+ ){1,4}?)(?:into )?an? (shared|room|equipment|regular|user|normal) (?:mailbox|one)\b/g, ' convert $1 converttype $2 mailbox '],
  // "we need a shared mailbox called Payroll": something new, with its name
  [/\b(?:need|needs|want|wants|like) an? ((?:new )?(?:[a-z-]+ ){1,3}?)(?=(?:called|named)\b)/g, ' create a $1'],
  [/\bfrom (?:the )?deleted (?:users|accounts|items|objects)\b/g, ' from recyclebin '],
  [/\bmulti[\s-]?factor(?:[\s-]+auth(?:entication)?)?\b/g, ' mfa '],
  [/\b(?:two|2)[\s-]?(?:factor|step|fa)(?:[\s-]+(?:auth(?:entication)?|verification))?\b/g, ' mfa '],
  [/\bsecond factor\b/g, ' mfa '],
  [/\b(?:user[\s-]?names?|log[\s-]?in names?|sign[\s-]?in names?|user ?ids?|account names?)\b/g, ' upn '],
  [/\b(?:sign|log)(?:ging|ged|s|ed)?[\s-]?(?:them|him|her|the user|users?|people|everyone|xx[a-z])?[\s-]?(?:out|off)\b/g, ' signout '],
  // "members to kick out: …" takes people off a list; "kick them out" of their sessions signs them out
  [/\bmembers? to kick out\b/g, ' members to remove '],
  [/\bkick(?:ed|ing)? (?:them |him |her )?out\b(?! of\b)/g, ' signout '],
  [/\b(?:sign|log)(?:ging|ged|s|ed)?[\s-]?(?:ins?|ons?)\b/g, ' signin '],
  [/\b(?:is|are|was|were|got|gets|been|getting|keeps getting|be) locked[\s-]?out\b/g, ' lockedout '],
  [/\block(?:ed|ing|s)?[\s-]?(?:them |him |her |xx[a-z] )?out\b/g, ' lockout '],
  [/\bout[\s-]of[\s-](?:the[\s-])?office\b(?![\s-]*365)|\booo\b|\boof\b/g, ' autoreply '],
  [/\bauto(?:matic)?[\s-]?(?:repl(?:y|ies)|respon\w*|answer\w*)\b/g, ' autoreply '],
  [/\b(?:vacation|holiday|away) (?:repl(?:y|ies)|message|responder|notice)\b/g, ' autoreply '],
  [/\b(?:litigation|legal|lit)[\s-]holds?\b/g, ' litigationhold '],
  [/\bsend(?:ing)?(?:[\s-](?:e-?mails?|mails?|messages?))?[\s-]on[\s-](?:(?:his|her|their|my|our|your|xx[a-z]) )?behalf(?:[\s-]of)?\b|\bsend[\s-]?on[\s-]?behalf\b|\bsob\b/g, ' sendonbehalf '],
  [/\bsend(?:ing)?(?:[\s-](?:e-?mails?|mails?|messages?))?[\s-]as\b|\bsendas\b/g, ' sendas '],
  [/\bfull[\s-]?access\b|\bfa\b/g, ' fullaccess '],
  [/\bactive[\s-]?sync\b/g, ' activesync '],
  [/\bproxy[\s-]?address(?:es)?\b|\bsmtp[\s-]?alias(?:es)?\b/g, ' alias address '],
  // "jane@…'s contacts" is her contacts folder, not mail contacts
  [/\b(on|to|into|of|manage|see|access|edit|read|view|open|update)\s+(xx[a-z]) contacts\b/g, ' $1 $2 contactsfolder '],
  // "grady@… needs membership in nw-sales@…", "she needs to be added to the DL": a membership to add
  [/\b(?:needs?|wants?|requires?|should (?:have|get))\s+(?:to be added|membership|adding)\s+(?:to|in|on|into)\b/g, ' add member to '],
  // "megan needs full access to info@": a right someone needs is a right to grant
  [/\b(?:needs?|wants?|requires?|should (?:have|get)|must (?:have|get))(?=\s+(?:(?:the|a|an|to|to be able to)\s+)?(?:fullaccess|sendas|sendonbehalf|delegate (?:access|rights?)|read and manage|mailbox (?:access|permissions?|rights?))\b)/g, ' grant '],
  [/\bmail[\s-]?enabled (?:security )?groups?\b/g, ' distgroup group '],
  [/\bdistribution[\s-](?:groups?|lists?)\b|\bdistro(?:[\s-]lists?|s)?\b|\bdls?\b|\bmailing[\s-]lists?\b/g, ' distgroup group '],
  [/\b(?:microsoft|office|ms|o|m)[\s-]?365[\s-]groups?\b|\bunified[\s-]groups?\b|\bo365 groups?\b/g, ' m365group group '],
  [/\bsecurity[\s-]groups?\b|\bsgs?\b/g, ' secgroup group '],
  [/\bon[\s-]?prem(?:ise|ises)?\b|\bactive[\s-]directory\b|\blocal ad\b|\bad ds\b|\bad\b/g, ' onprem '],
  [/\bsync(?:h?ronized|h?ronised|ed)?(?=[\s-]+(?:users?|accounts?|identit))/g, ' synced '],
  [/\bsynch?ronized\b|\bsynch?ronised\b|\bsynced\b|\bhybrid\b/g, ' synced '],
  [/\b(?:based on|modell?ed (?:on|after)|a (?:copy|clone|duplicate) of|(?:just|exactly) like|similar to|identical to)\b/g, ' clone '],
  // "her work phone number" is a property; "her old work phone" is a device
  [/\b(?:office|business|work|desk|mobile|cell|home) (?:phone )?numbers?\b|\b(?:office|business|desk) phones?\b/g, ' businessphone '],
  [/\bfor good\b|\bonce and for all\b/g, ' purge '],
  [/\brecycle[\s-]?bin\b|\btrash(?:[\s-]?can)?\b|\bdeleted items\b|\bwaste ?basket\b/g, ' recyclebin '],
  // "DID" only in forms that cannot be the verb ("that did it")
  [/\b(?:tele)?phone[\s-]numbers?\b|\blines? numbers?\b|\bdids\b|\bdid numbers?\b|\bddis?\b/g, ' phonenumber '],
  [/\bcall[\s-]?queues?\b|\bcqs?\b|\bhunt[\s-]groups?\b/g, ' callqueue '],
  [/\bauto[\s-]?attendants?\b|\baas?\b|\bivrs?\b/g, ' autoattendant '],
  [/\bresource[\s-]accounts?\b/g, ' resourceaccount '],
  [/\bdirect[\s-]routing\b/g, ' directrouting '],
  [/\bvoice[\s-]?mails?\b/g, ' voicemail '],
  [/\bservice[\s-]plans?\b/g, ' serviceplan '],
  [/\b(?:portal|custom|extension)[\s-]attributes?\b/g, ' portalattribute '],
  [/\bregional[\s-]settings?\b|\btime[\s-]?zones?\b|\bregional (?:options|format)\b/g, ' regional '],
  [/\bcontacts?[\s-]folders?\b/g, ' contactsfolder '],
  [/\bmail[\s-]?enabled users?\b|\bmail[\s-]users?\b/g, ' mailuser '],
  // "hide X from the GAL": the address book is one thing, not "address" plus the verb "list"
  [/\b(?:global )?address[\s-](?:books?|lists?)\b|\bgal\b/g, ' addressbook '],
  [/\b(?:mail|external)[\s-]contacts?\b/g, ' mailcontact '],
  [/\bmail[\s-]box(?:es)?\b/g, ' mailbox '],
  [/\b(?:microsoft|office|ms|o|m)[\s-]?365\b/g, ' m365 '],
  [/\be-?mail(?:s|ing)?\b/g, ' mail '],
  [/\bone[\s-]?drives?(?: for business)?\b|\bodfb\b/g, ' onedrive '],
  [/\bshare[\s-]?point(?: online)?\b|\bspo\b/g, ' sharepoint '],
  [/\bsite[\s-]collection[\s-]admin(?:istrator)?s?\b/g, ' sitecollection admin '],
  [/\bfresh[\s-]?start\b/g, ' freshstart '],
  [/\blost[\s-]mode\b/g, ' lostmode '],
  [/\bfactory[\s-]reset\b/g, ' wipe '],
  [/\bshut(?:ting)?[\s-]?down\b|\bpower(?:ing)?[\s-]?(?:off|down)\b/g, ' shutdown '],
  [/\bauto[\s-]?pilot\b/g, ' autopilot '],
  [/\bgroup[\s-]tags?\b/g, ' grouptag '],
  [/\bapp(?:lication)?[\s-]?registrations?\b|\bapp[\s-]regs?\b|\bservice principals?\b|\benterprise app(?:lication)?s?\b/g, ' appregistration '],
  [/\bnon[\s-]?expiring\b|\bno[\s-]expir\w*\b/g, ' never expire '],
  [/\b(?:turn|switch|power) off (?=(?:the |this |that )?(?:device|laptop|computer|pc|machine|workstation|desktop|xxd)\b)/g, ' shutdown '],
  [/\b(?:turn|switch|flip|toggle)(?:ed|ing)? on\b/g, ' enable '],
  [/\b(?:turn|switch|flip)(?:ed|ing)? off\b/g, ' disable '],
  [/\b(?:get(?:ting)? rid of|take away|take off|strip(?:ped)? (?:off|of))\b/g, ' remove '],
  [/\b(?:bring|put|get)(?: (?:him|her|them|it|\w+))? back\b/g, ' restore '],
  [/\b(?:has |have |had )?(?:left|leaving|quit|departed|departing)(?: from)? (?:the |our )?(?:company|organi[sz]ation|business|firm|org)\b/g, ' leaver '],
  [/\b(?:set|sets|setting)[\s-]up\b|\bsetup\b/g, ' create '],
  [/\b(?:company name|job title|department|office location|street address|postal code|zip code|city|country|employee id|hire date|cost cent(?:er|re))\b/g, ' property '],
  // "make jane a delegate of info@": a role given to someone named is an addition, not a creation
  [/\bmake (xx[a-z]) (?:an?|the) (?=(?:co-?)?(?:delegate|owner|member|admin|moderator)s?\b)/g, ' add $1 as a '],
  [/\b(?:spin|stand)[\s-]up\b|\bmake (?=an? )/g, ' create '],
  [/\b(?:sms|text messages?|texts|push notifications?|phone calls?|voice calls?|authenticator app|hardware tokens?|oath tokens?)\b/g, ' mfamethod '],
  [/\bpre[\s-]?provision\w*\b/g, ' provision '],
  [/\bre[\s-]enable\w*\b/g, ' enable '],
  [/\bun[\s-]block\w*\b/g, ' unblock '],
  [/\bun[\s-]?quarantin\w*\b|\b(?:release|let) (?:it |them )?out of quarantine\b/g, ' allow quarantine '],
  [/\bre[\s-]?register\w*\b|\bre[\s-]?enrol+\w*\b|\bset (?:it |mfa |them )?up again\b/g, ' reset '],
  [/\buntag\w*\b/g, ' remove tag '],
  [/\bunlicen[sc]\w*\b/g, ' remove license '],
  [/\b(?:(?:microsoft|office|m|o)\s?365\s)?[eafgp][1-5]\b/g, ' skuname license '],
  [/\b[a-z][\w.-]*\s*=\s*[^\s,;]+/g, ' keyvalue '],
  [/\buser[\s-]?principal[\s-]?names?\b/g, ' upn '],
  [/\bdisplay[\s-]?names?\b/g, ' displayname '],
  [/\bexternal (?:users?|accounts?|persons?|people|collaborators?)\b/g, ' guest '],
  [/\bb2b\b/g, ' guest '],
  [/\belevat\w*\b|\bprivileged mode\b|\badmin mode\b|\bsudo\b|\bjust[\s-]in[\s-]time\b|\bjit\b/g, ' elevate '],
  // "we need a shared mailbox for events", "can we get a room mailbox": asking for an object that does not exist yet
  [/\b(?:need|needs|want|wants|get|request|requesting)\s+(?:a|an)\s+(?:(?:new|separate|dedicated)\s+)?(?=(?:(?:shared|room|equipment|resource|team|user|security|mail|mailing)\s+){0,2}(?:mailbox|inbox|mailuser|mailcontact|distgroup|room)\b)/g, ' create a '],
  // "add s.chen@… as a mail contact", "set her up as a MailUser": the object is created
  [/\bset\s+(?:him|her|them|xx[a-z])\s+up\b/g, ' create '],
  [/\bas\s+an?\s+(?:new\s+)?(mailcontact|mailuser)\b/g, ' create $1 '],
  // "delete it (no wipe)", "add, don't replace": a negated verb is not what is asked
  [/\b(?:no need to|no|not|dont|don't|do not|without|never)\s+(?:(?:a|an|the|any)\s+)?(?=(?:wipe|wiping|replace|replacing|remove|removing|delete|deleting|forward|forwarding|copy|copies|keep|keeping|block|blocking|disable|disabling)\b)[a-z]+/g, ' '],
];

/** Synonym groups: every member (after stemming) maps to the first word's stem. */
const SYNONYM_GROUPS: ReadonlyArray<readonly string[]> = [
  ['remove', 'revoke', 'strip', 'invalidate', 'kill', 'terminate', 'void', 'delete', 'drop', 'deprovision', 'offboard', 'del', 'rm', 'eliminate', 'discard', 'destroy', 'nuke', 'unlink', 'detach', 'deleting'],
  ['purge', 'permanently', 'permanent', 'forever', 'hard', 'irrecoverably', 'expunge'],
  ['add', 'include', 'put', 'insert', 'append', 'attach', 'enroll', 'enrol', 'join'],
  ['create', 'new', 'build', 'establish', 'register', 'onboard', 'generate'],
  ['edit', 'set', 'update', 'change', 'modify', 'alter', 'amend', 'adjust', 'tweak', 'fix', 'correct'],
  ['manage', 'administer', 'administrate', 'handle', 'control', 'maintain', 'review'],
  ['configure', 'config', 'customize', 'customise', 'define'],
  ['block', 'disable', 'deactivate', 'suspend', 'freeze', 'prevent', 'deny', 'ban', 'bar', 'inactivate'],
  ['unblock', 'enable', 'reactivate', 'activate', 'allow', 'permit', 'unban', 'unfreeze', 'unsuspend', 'approve', 'whitelist'],
  ['reset', 'clear', 'reissue', 'renew'],
  ['password', 'pwd', 'passwd', 'pword', 'pw', 'credential', 'passphrase'],
  ['passcode', 'pin'],
  ['session', 'token', 'cookie'],
  ['signin', 'login', 'logon', 'signon'],
  ['signout', 'logout', 'logoff', 'signoff'],
  ['license', 'licence', 'licensing', 'licencing', 'sku', 'subscription', 'seat', 'licensed', 'licenced'],
  ['mailbox', 'inbox', 'mailboxes', 'mbx'],
  ['mail', 'message', 'correspondence'],
  ['forward', 'redirect', 'forwarding', 'reroute', 'divert', 'fwd'],
  ['user', 'account', 'person', 'employee', 'staff', 'staffer', 'colleague', 'worker', 'people', 'somebody', 'someone', 'individual', 'identity'],
  ['guest', 'visitor', 'outsider', 'partner'],
  ['invite', 'invitation'],
  ['restore', 'undelete', 'recover', 'reinstate', 'resurrect', 'revive', 'undo', 'retrieve'],
  ['clone', 'duplicate', 'replicate', 'mirror', 'copy'],
  ['marry', 'married', 'marriage', 'wedding', 'divorce', 'divorced', 'surname'],
  ['owner', 'ownership', 'coowner'],
  ['admin', 'administrator', 'sca'],
  ['member', 'membership', 'participant'],
  ['delegate', 'delegation', 'delegated', 'proxy'],
  ['permission', 'right', 'privilege', 'perm'],
  ['quota', 'storage', 'limit', 'space', 'size', 'cap', 'gb', 'tb', 'mb'],
  ['device', 'laptop', 'computer', 'pc', 'machine', 'workstation', 'endpoint', 'desktop', 'notebook', 'surface', 'macbook', 'hardware'],
  ['mobile', 'phone', 'smartphone', 'iphone', 'android', 'handset', 'cellphone', 'cell', 'ipad', 'galaxy', 'pixel'],
  ['protocol', 'imap', 'pop', 'pop3', 'owa', 'mapi', 'ews', 'activesync', 'eas', 'outlook'],
  ['restart', 'reboot', 'bounce', 'cycle'],
  ['wipe', 'erase', 'wiping'],
  ['retire', 'unenroll', 'unenrol', 'decommission'],
  ['sync', 'synchronize', 'synchronise', 'resync'],
  ['scan', 'antivirus', 'virus', 'defender', 'malware', 'av'],
  ['team', 'msteams'],
  ['holiday', 'closure'],
  ['tag', 'label', 'categorize', 'categorise', 'marker', 'flag', 'categorization', 'categorisation'],
  ['property', 'detail', 'info', 'information', 'field', 'profile'],
  ['quarantine', 'quarantined', 'held'],
  ['audit', 'auditing'],
  ['language', 'lang'],
  ['convert', 'transform'],
  ['grant', 'give', 'assign', 'allocate', 'provide', 'award', 'hand'],
  ['unassign', 'deassign', 'deallocate', 'unallocate', 'release', 'free'],
  ['help', 'command', 'menu', 'capability', 'instruction', 'guide', 'manual', 'assist', 'assistance'],
  ['cancel', 'abort', 'nevermind', 'quit', 'halt'],
  ['manager', 'boss', 'supervisor', 'superior'],
  ['phonenumber', 'number', 'extension'],
  ['status', 'state'],
  ['all', 'everything', 'every', 'each', 'entire', 'whole', 'any', 'completely', 'fully', 'entirely', 'altogether'],
  ['bulk', 'many', 'multiple', 'several', 'mass', 'batch', 'numerous', 'various', 'bunch', 'handful', 'few', 'couple'],
  ['expir', 'expiry', 'expiration', 'expiring', 'expires'],
  ['provision', 'preprovision', 'prepare', 'precreate', 'initialize', 'initialise'],
  ['share', 'sharing'],
  ['site', 'web', 'website'],
  ['list', 'show', 'display', 'view'],
  ['serviceplan', 'plan'],
  ['mfa', '2fa', 'authenticator', 'totp', 'fido', 'fido2', 'passkey'],
  ['upload', 'import', 'load'],
  ['csv', 'spreadsheet', 'excel', 'file', 'hash'],
  ['recyclebin', 'bin', 'trashcan'],
  ['rename', 'retitle'],
  ['tenant', 'directory', 'organization', 'organisation', 'org'],
  ['hire', 'starter', 'joiner', 'newcomer', 'recruit', 'newbie'],
  ['leaver', 'departure'],
];

/**
 * Words that carry grammar rather than meaning. They still count (with a small weight) so that
 * "copy permissions from X to Y" and "copy X's permissions to Y" stay apart, but never decide alone.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'to', 'for', 'of', 'from', 'on', 'in', 'at', 'by', 'with', 'as', 'and', 'or', 'but', 'please',
  'pls', 'plz', 'kindly', 'can', 'could', 'would', 'will', 'shall', 'should', 'must', 'might', 'may', 'you', 'u',
  'me', 'my', 'mine', 'i', 'im', 'ive', 'id', 'we', 'our', 'us', 'it', 'its', 'this', 'that', 'these', 'those', 'is',
  'are', 'be', 'been', 'being', 'was', 'were', 'am', 'do', 'does', 'did', 'doing', 'done', 'so', 'now', 'just',
  'some', 'their', 'theirs', 'his', 'her', 'hers', 'them', 'him', 'they', 'he', 'she', 'want', 'wanna', 'need',
  'needs', 'like', 'also', 'too', 'then', 'there', 'here', 'into', 'onto', 'via', 'using', 'use', 'let', 'lets', 'go',
  'get', 'got', 'have', 'has', 'had', 'wants', 'wanted', 'needed', 'what', 'which', 'who', 'whom', 'whose', 'how',
  'why', 'when', 'where', 'hey', 'hi', 'hello', 'thanks', 'thank', 'ok', 'okay', 'again', 'asap', 'quickly',
  'immediately', 'today', 'tomorrow', 'urgently', 'urgent', 'other', 'another', 'up', 'out', 'off', 'about', 'after',
  'before', 'over', 'under', 'than', 'if', 'not', 'no', 'yes', 'dont', 'doesnt', 'cant', 'cannot', 'wont', 'isnt',
  'arent', 'your', 'yours', 'own', 'one', 'ones', 'someones', 'named', 'called', 'per', 'currently', 'already',
  'still', 'only', 'same', 'etc', 'thing', 'things', 'stuff', 'kind', 'sort', 'way', 'make', 'sure', 'try', 'able',
  'tell', 'know', 'looks', 'look', 'seems', 'within', 'without', 'between', 'through', 'upon', 'whilst', 'while',
  'whether', 'whatever', 'whenever', 'wherever', 'because', 'since', 'until', 'both', 'either', 'neither', 'much',
  'very', 'really', 'quite', 'actually', 'maybe', 'perhaps', 'probably', 'sorry', 'oh', 'hmm', 'lol', 'well', 'time',
  'accident', 'mistake', 'accidentally', 'mistakenly', 'wrongly', 'instead', 'anyway', 'yet', 'even', 'though',
  'soon', 'later', 'back', 'bit', 'little', 'guys', 'folks',
]);

/**
 * A light English stemmer: enough to fold plurals and -ing/-ed forms together (Porter would also merge
 * words we want apart, such as "general" and "generate").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:sses|xes|ches|shes|zzes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length >= 6) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length >= 5 && !w.endsWith('ee')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** stem → canonical stem, derived once from the constant groups above. */
const SYNONYMS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const group of SYNONYM_GROUPS) {
    const head = stem(group[0]);
    for (const member of group) if (!map.has(stem(member))) map.set(stem(member), head);
  }
  return map;
})();

/**
 * Synonyms that can never apply: words in two groups with different meanings (the first group wins) and
 * grammar words (never looked up). A test keeps this empty.
 */
export function synonymConflicts(): string[] {
  const seen = new Map<string, string>();
  const out: string[] = [];
  for (const group of SYNONYM_GROUPS) {
    const head = stem(group[0]);
    for (const member of group) {
      if (FUNCTION_WORDS.has(member)) out.push(`${member} (grammar word)`);
      const key = stem(member);
      const before = seen.get(key);
      if (before !== undefined && before !== head) out.push(`${member} (${before} / ${head})`);
      else seen.set(key, head);
    }
  }
  return out;
}

/** The canonical term of one already lower-cased word (no idioms applied). */
export function canonicalWord(word: string): string {
  const s = stem(word);
  return SYNONYMS.get(s) ?? SYNONYMS.get(word) ?? s;
}

/** Lower-cases, applies the idioms and splits into plain words (apostrophes dropped, digits kept). */
export function simpleWords(text: string): string[] {
  // PowerShell names read as words: "ForwardingSmtpAddress" → "forwarding smtp address", "MailUser" → "mail user"
  const spaced = text.replace(/([a-z])([A-Z])/g, '$1 $2');
  let t = ` ${spaced.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, " ")} `;
  // one space between words after every rewrite, so later idioms see "make xxn mailbox", not "make xxn  mailbox"
  for (const [pattern, replacement] of IDIOMS) t = t.replace(pattern, replacement).replace(/ {2,}/g, ' ');
  t = t.replace(/'s\b/g, ' ').replace(/'/g, '');
  return t.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

export interface Term {
  term: string;
  /** True for grammar words: they count only a little. */
  functional: boolean;
}

/**
 * Text → canonical terms in order. Tokens with digits are dropped (sizes, room numbers, SKU codes are
 * parameter values, not intent words).
 */
export function canonicalTerms(text: string, fix?: (word: string, term: string) => string): Term[] {
  return termsOfWords(simpleWords(text), fix);
}

/** canonicalTerms of words simpleWords already split (for a caller that needs both). */
export function termsOfWords(words: readonly string[], fix?: (word: string, term: string) => string): Term[] {
  const out: Term[] = [];
  for (const w of words) {
    if (/\d/.test(w) && !/^(?:m365group|pop3|fido2|2fa)$/.test(w)) continue;
    if (FUNCTION_WORDS.has(w)) {
      out.push({ term: w, functional: true });
      continue;
    }
    const term = canonicalWord(w);
    out.push({ term: fix ? fix(w, term) : term, functional: false });
  }
  return out;
}

/**
 * True when an idiom rewrites these two words together ("similar to", "log out"): then neither is a name.
 * A word an idiom rewrites on its own ("DL" in "the DL nw-sales") says nothing about its neighbour.
 */
export function formsIdiom(first: string, second: string): boolean {
  const clean = (w: string) => w.toLowerCase().replace(/[^a-z0-9' -]/g, '');
  const plain = (w: string) => w.replace(/'s\b/g, '').replace(/'/g, '').split(/[^a-z0-9]+/).filter((x) => x !== '');
  const pair = simpleWords(`${clean(first)} ${clean(second)}`).join(' ');
  if (pair === plain(`${clean(first)} ${clean(second)}`).join(' ')) return false;
  return pair !== [...simpleWords(clean(first)), ...simpleWords(clean(second))].join(' ');
}

/** True when the word belongs to a synonym group: a request word even if no phrase uses it. */
export function isLexiconWord(word: string): boolean {
  return SYNONYMS.has(stem(word)) || SYNONYMS.has(word);
}
